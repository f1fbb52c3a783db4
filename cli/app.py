"""The ``waspada`` command line: one Typer app; each command group lives in its own module under
:mod:`cli` and registers itself here. Commands import the heavy packages lazily
so that ``--help`` is instant."""

from __future__ import annotations

import typer

from cli import (
    alerts,
    bots,
    check,
    classify,
    core,
    crawl,
    data,
    numbers,
    report,
    review,
    status,
)
from cli.context import Runtime

app = typer.Typer(
    help="Waspada: catch deceptive job adverts before people are lured abroad.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _runtime(ctx: typer.Context) -> None:
    # One Runtime per invocation, closed (its engine disposed) when the command ends; it reads
    # the settings and builds the engine only when a command first asks (cli.context).
    ctx.obj = ctx.with_resource(Runtime())


for module in (core, crawl, classify, report, alerts, bots, check, numbers, review, data, status):
    module.register(app)


def main() -> None:
    app(prog_name="waspada")


if __name__ == "__main__":
    main()
