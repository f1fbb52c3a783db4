"""``serve``, ``db upgrade|current`` and ``user add``."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime

db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
user_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)


def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings).")] = None,
) -> None:
    """Start the web service (UI, citizens' check, JSON API) and the periodic crawls."""
    import uvicorn

    from api.app import create_app

    rt = runtime(ctx)
    settings = rt.settings
    logging.basicConfig(level=settings.log_level)
    scheduler = None
    if settings.scheduler_enabled:
        # The periodic crawls run beside the web service in the same process (`make run`);
        # at scale, set WASPADA_SCHEDULER_ENABLED=false here and run `waspada schedule` apart.
        from crawler.schedule import build_scheduler

        scheduler = build_scheduler(settings, rt.sessions)
        scheduler.start()
    if settings.alerts_worker_enabled:  # alert delivery beside the web service, as the crawls
        from alerts.delivery import start_worker_thread

        start_worker_thread(rt.sessions, settings)
    try:
        uvicorn.run(
            create_app(settings),
            host=host or settings.host,
            port=port or settings.port,
            log_level=settings.log_level.lower(),
        )
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


@db_app.command("upgrade")
def db_upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the configured database (SQLite or PostgreSQL) to the latest schema."""
    from sqlalchemy.exc import SQLAlchemyError

    from store.migrate import current, upgrade

    url = runtime(ctx).settings.database_url
    try:
        upgrade(url, revision)
        typer.echo(f"database at revision {current(url)}")
    except SQLAlchemyError as exc:
        raise fail(f"could not migrate {url}: {exc}") from exc


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Print the schema revision of the configured database and whether it is the latest."""
    from store.migrate import current, head

    rev = current(runtime(ctx).settings.database_url)
    latest = head()
    state = "up to date" if rev == latest else f"behind (latest is {latest})"
    typer.echo(f"{rev or 'empty'} ({state})")


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Login name (a-z, 0-9, . _ -).")],
    role: Annotated[str, typer.Option(help="admin, investigator or viewer.")] = "investigator",
    full_name: Annotated[str, typer.Option(help="Name shown in the audit trail.")] = "",
    password: Annotated[
        str,
        typer.Option(
            prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters."
        ),
    ] = "",
) -> None:
    """Create a user account with a role."""
    from store.errors import StoreError
    from store.services.users import add_user

    try:
        user = add_user(
            runtime(ctx).sessions,
            username=username,
            password=password,
            role=role,
            full_name=full_name,
        )
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"created {user.role.value} {user.username!r} (id {user.id})")


@user_app.command("token")
def user_token(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Whose token.")],
    name: Annotated[str, typer.Option(help="What the token is for.")] = "",
) -> None:
    """Create a bearer token for the JSON API and print it once."""
    from store.errors import StoreError
    from store.services.tokens import create_token

    try:
        token = create_token(runtime(ctx).sessions, username, name)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(token)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(db_app, name="db")
    app.add_typer(user_app, name="user")
