"""``crawl``, ``extract``, ``schedule`` and ``export warc``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime
from cli.progress import progress

export_app = typer.Typer(help="Export evidence and data.", no_args_is_help=True)


def crawl(
    ctx: typer.Context,
    spider: Annotated[str, typer.Argument(help="jobposting, feed, telegram or listing.")] = "",
    start_url: Annotated[
        list[str] | None, typer.Option("--start-url", help="Start URL (repeatable).")
    ] = None,
    source: Annotated[
        str, typer.Option(help="Crawl a source (declared in sources.toml or added on /sources).")
    ] = "",
    options: Annotated[str, typer.Option(help="Spider options as JSON.")] = "",
    crawl_key: Annotated[
        str, typer.Option(help="Name of a crawl shared by several processes (with Redis).")
    ] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the crawl run as JSON.")] = False,
    run_id: Annotated[
        int | None,
        typer.Option(
            min=1,
            hidden=True,  # the scheduler's: an admin's queued crawl run, reused for this crawl
            help="Record the crawl on this queued crawl run instead of a new one.",
        ),
    ] = None,
) -> None:
    """Run one crawl now, store what it finds, and print the crawl-run summary."""
    from sqlalchemy import select

    from crawler.run import CrawlRequest, run_crawl, run_summary
    from crawler.sources import SPIDERS, SourcesFileError, load_sources, spec_of, sync_sources
    from store.models import Source

    rt = runtime(ctx)
    settings = rt.settings
    opts = {}
    if options:
        try:
            opts = json.loads(options)
        except json.JSONDecodeError as exc:
            raise fail(f"--options must be a JSON object: {exc}") from exc
    if source:
        try:
            sync_sources(rt.sessions, load_sources(settings.sources_file))
        except SourcesFileError as exc:
            # Sources admins manage on /sources do not depend on the file: say it, go on.
            typer.echo(f"warning: {exc}; the sources table is used as it is", err=True)
        with rt.sessions() as session:
            row = session.scalar(select(Source).where(Source.name == source))
            if row is None:
                raise fail(f"no source named {source!r} in {settings.sources_file} or on /sources")
            spec = spec_of(row)
        req = CrawlRequest(
            spider=spec.spider,
            start_urls=start_url or spec.start_urls,
            source=spec.name,
            channel=spec.channel,
            options={**spec.options, **opts},
            crawl_key=crawl_key or None,
        )
    else:
        if spider not in SPIDERS:
            raise fail(f"spider must be one of {', '.join(SPIDERS)} (got {spider!r})")
        if not start_url:
            raise fail("give at least one --start-url (or --source NAME)")
        req = CrawlRequest(spider, list(start_url), options=opts, crawl_key=crawl_key or None)
    try:
        # A crawl the scheduler started (--run-id) writes into the server's stderr: lines, never
        # a bar drawn over the server's log in a terminal.
        what = f"crawl {req.source or req.spider}"
        with progress(settings, what, unit="adverts", bar=not run_id) as bar:
            run = run_crawl(
                settings,
                req,
                rt.sessions,
                run_id=run_id,
                progress=lambda pages, items: bar.update(items, note=f"{pages} pages"),
            )
    except ValueError as exc:
        raise fail(str(exc)) from exc
    summary = run_summary(run)
    if as_json:
        typer.echo(json.dumps(summary))
    else:
        typer.echo(
            f"crawl run {run.id} {run.status}: {run.pages} pages, {run.items} items, "
            f"{run.new} new, {run.changed} changed, {run.removed} removed, "
            f"{run.flagged} flagged, {run.errors} errors"
            + (f" ({run.error_summary})" if run.error_summary else "")
        )
    if run.status != "ok":
        raise typer.Exit(1)


def extract(
    ctx: typer.Context,
    file_or_url: Annotated[str, typer.Argument(help="A saved page (path) or an http(s) URL.")],
    url: Annotated[str, typer.Option(help="The page's address, for a saved file.")] = "",
) -> None:
    """Print the advert items found in one page as JSON (the spiders' extraction code)."""
    from crawler.extract import extract_page

    if file_or_url.startswith(("http://", "https://")):
        import httpx

        settings = runtime(ctx).settings
        try:
            response = httpx.get(
                file_or_url,
                follow_redirects=True,
                timeout=settings.crawler_download_timeout_s,
                headers={"User-Agent": settings.user_agent},
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise fail(f"could not fetch {file_or_url}: {exc}") from exc
        html, page_url = response.text, str(response.url)
    else:
        path = Path(file_or_url)
        if not path.is_file():
            raise fail(f"no such file: {path}")
        html = path.read_bytes().decode("utf-8", errors="replace")
        page_url = url or path.resolve().as_uri()
    items = [i.to_json() for i in extract_page(html, page_url)]
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    typer.echo()
    if not items:
        typer.secho("no job advert found on this page", err=True)
        raise typer.Exit(1)


def schedule(ctx: typer.Context) -> None:
    """Run every enabled source on its schedule until stopped (Ctrl-C). With several
    schedule or serve processes on one PostgreSQL, only the leader runs it (the others wait
    to take over)."""
    from crawler.schedule import run_forever

    rt = runtime(ctx)
    run_forever(rt.settings, rt.sessions)


@export_app.command("warc")
def export_warc(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="WARC file to write.")],
    ids: Annotated[str, typer.Option(help="Advert ids, comma-separated.")] = "",
    query: Annotated[str, typer.Option(help="Adverts whose text contains this.")] = "",
    flagged: Annotated[bool, typer.Option(help="Only adverts with a review case.")] = False,
) -> None:
    """Write the archived pages of adverts as a standard WARC file that replays them."""
    from crawler.warc import export_warc as write

    try:
        advert_ids = [int(x) for x in ids.split(",") if x.strip()]
    except ValueError as exc:
        raise fail("--ids must be numbers separated by commas") from exc
    if not (advert_ids or query or flagged):
        raise fail("choose adverts with --ids, --query or --flagged")
    rt = runtime(ctx)
    with rt.sessions() as session, progress(rt.settings, "export warc", unit="pages") as bar:
        count = write(
            session, output, ids=advert_ids, query=query, flagged=flagged, progress=bar.callback
        )
    typer.echo(f"wrote {count} records to {output}")


def register(app: typer.Typer) -> None:
    app.command()(crawl)
    app.command()(extract)
    app.command()(schedule)
    app.add_typer(export_app, name="export")
