"""``check-number``: "Cek nomor / rekening" from the command line (the page's and the API's
answer, built from confirmed reports only)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from cli.common import fail
from cli.context import runtime


def _render(answer: dict[str, Any]) -> str:
    """The answer as plain text, in the order the page shows it."""
    en = answer["lang"] == "en"
    lines = [f"{answer['kind_label']}: {answer['value']}", answer["headline"]]
    lines.append(answer["advice"]["summary"])
    if answer["confirmed_reports"]:
        lines.append("")
        seen = "First/last seen" if en else "Pertama/terakhir terlihat"
        lines.append(f"{seen}: {answer['first_seen']} / {answer['last_seen']}")
        if answer["destinations"]:
            where = "Destinations" if en else "Negara tujuan"
            lines.append(f"{where}: " + ", ".join(d["name"] for d in answer["destinations"]))
        if answer["red_flags"]:
            flags = "Warning signs" if en else "Tanda bahaya"
            lines.append(f"{flags}: " + ", ".join(f["title"] for f in answer["red_flags"]))
    lines.append("")
    lines += [f"{n}. {step}" for n, step in enumerate(answer["advice"]["steps"], 1)]
    money = answer["advice"]["money"]
    if money:
        lines.append("")
        lines += [f"- {step}" for step in money["steps"]]
        lines += [f"  {c['name']}: {c['contact']}" for c in money["channels"]]
    report = answer["advice"]["report"]
    lines.append("")
    lines.append(f"{'Where to report' if en else 'Tempat melapor'} ({report['region']}):")
    for channel in report["regional"] + report["national"]:
        lines.append(f"  {channel['name']}: {channel['contact']}")
    lines += ["", answer["note"]]
    return "\n".join(lines)


def check_number(
    ctx: typer.Context,
    value: Annotated[
        str,
        typer.Argument(
            help="One complete phone/WhatsApp number (0812..., +62 812..., a wa.me link), bank "
            "account ('BCA 1234567890', or the digits alone) or e-mail address."
        ),
    ],
    json_out: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    lang: Annotated[str, typer.Option(help="Language of the answer: id or en.")] = "id",
) -> None:
    """Has this number, bank account or e-mail been reported? Answers from cases that
    investigators escalated only; a value seen only in unconfirmed adverts has no reports."""
    from citizen.channels import load_channels
    from citizen.errors import CheckError
    from citizen.messages import pick_lang
    from citizen.numbers import NumberChecker

    rt = runtime(ctx)
    chosen = pick_lang(lang)
    try:
        channels = load_channels(rt.settings.report_channels_file, rt.settings.region)
        answer = NumberChecker(rt.sessions, channels).check(value).to_dict(chosen)
    except CheckError as exc:
        raise fail(exc.message(chosen)) from exc
    except ValueError as exc:  # the channels file
        raise fail(str(exc)) from exc
    if json_out:
        typer.echo(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        typer.echo(_render(answer))


def register(app: typer.Typer) -> None:
    app.command("check-number")(check_number)
