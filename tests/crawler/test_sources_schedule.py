from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.schedule import CrawlLauncher, build_scheduler
from crawler.sources import SourcesFileError, load_sources, parse_schedule, sync_sources
from store.db import transaction
from store.models import CrawlRun, Source, utcnow
from tests.crawler.conftest import CrawlEnv
from tests.fixture_site import FixtureSite, build_telegram_site
from waspada.settings import PROJECT_ROOT, Settings


def test_the_default_sources_file_is_valid() -> None:
    specs = load_sources(PROJECT_ROOT / "crawler" / "sources.toml")
    assert {s.spider for s in specs} == {"jobposting", "feed", "telegram", "listing"}
    assert any(s.enabled for s in specs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every 30m", {"interval": {"minutes": 30}}),
        ("every 6h", {"interval": {"hours": 6}}),
        ("every 1d", {"interval": {"days": 1}}),
        ("0 */6 * * *", {"cron": "0 */6 * * *"}),
    ],
)
def test_parse_schedule(text: str, expected: dict[str, object]) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[[source]]\nname = "a1"\nspider = "rss"\nstart_urls = ["http://x.test"]\n',
            "spider must be",
        ),
        ('[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = []\n', "start_urls"),
        (
            '[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = ["http://x.test"]\n'
            'schedule = "sometimes"\n',
            "schedule must be",
        ),
        ('[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = ["http://x"]\n' * 2, "duplicate"),
        ("[[source]\n", "not valid TOML"),
    ],
)
def test_bad_sources_file_says_what_to_fix(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(toml)
    with pytest.raises(SourcesFileError, match=message):
        load_sources(path)


def test_sync_disables_sources_removed_from_the_file(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        '[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = ["http://a.test/f"]\n'
        '[[source]]\nname = "b2"\nspider = "telegram"\nstart_urls = ["http://b.test/s/x"]\n'
    )
    sync_sources(factory, load_sources(path))
    path.write_text('[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = ["http://a.test/g"]\n')
    rows = {s.name: s for s in sync_sources(factory, load_sources(path))}
    assert rows["a1"].enabled and rows["a1"].start_urls == ["http://a.test/g"]
    assert not rows["b2"].enabled  # kept, with its history, but no longer crawled


def _settings(migrated_url: str, tmp_path: Path, sources: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        database_url=migrated_url, data_dir=tmp_path / "var", sources_file=sources,
        crawler_retry_times=0, log_level="WARNING", _env_file=None,
    )  # fmt: skip


def test_scheduler_runs_a_source_once_at_a_time_and_queued_runs(
    migrated_url: str,
    factory: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FixtureSite() as site:
        info = build_telegram_site(site)
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "tg"\nspider = "telegram"\nstart_urls = ["{info["start"]}"]\n'
            'schedule = "every 1h"\n'
        )
        settings = _settings(migrated_url, tmp_path, sources)
        for key, value in {"WASPADA_DATABASE_URL": migrated_url,
                           "WASPADA_DATA_DIR": str(tmp_path / "var"),
                           "WASPADA_SOURCES_FILE": str(sources),
                           "WASPADA_LOG_LEVEL": "WARNING"}.items():  # fmt: skip
            monkeypatch.setenv(key, value)
        scheduler = build_scheduler(settings, factory)
        jobs = {j.id: j for j in scheduler.get_jobs()}
        assert set(jobs) == {"tg", "_queued-crawls", "_sources"}
        assert jobs["tg"].max_instances == 1

        launcher = CrawlLauncher(settings, factory)
        threads = [threading.Thread(target=launcher.launch, args=("tg",)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=240)
        with factory() as s:
            runs = s.scalars(select(CrawlRun)).all()
        assert len(runs) == 1 and runs[0].status == "ok" and runs[0].new == 18

        # An admin queues a crawl (as the API does): the dispatcher runs it on that row (its id
        # goes to the crawl as `waspada crawl --run-id`, then as a Scrapy setting).
        with transaction(factory) as s:
            source = s.scalar(select(Source).where(Source.name == "tg"))
            queued = CrawlRun(source_id=source.id, spider="telegram", status="queued")  # type: ignore[union-attr]
            s.add(queued)
            s.flush()
            queued_id = queued.id
        launcher.launch("tg", manual=True, run_id=queued_id)
        with factory() as s:
            run = s.get(CrawlRun, queued_id)
            assert run is not None and run.status == "ok" and run.finished_at is not None
            assert run.pages > 0
            assert len(s.scalars(select(CrawlRun)).all()) == 2  # the queued row, no new one


def test_a_source_that_keeps_failing_is_paused(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    sources = tmp_path / "s.toml"
    sources.write_text(
        '[[source]]\nname = "dead"\nspider = "feed"\nstart_urls = ["http://127.0.0.1:9/f"]\n'
    )
    settings = _settings(migrated_url, tmp_path, sources)
    launcher = CrawlLauncher(settings, factory)
    sync_sources(factory, load_sources(sources))
    with transaction(factory) as s:
        source_id = s.scalar(select(Source.id).where(Source.name == "dead"))
        for _ in range(3):
            s.add(
                CrawlRun(source_id=source_id, spider="feed", status="failed", finished_at=utcnow())
            )
    assert "failed" in (launcher.should_run("dead") or "")
    assert launcher.should_run("dead", manual=True) is None  # an admin may still try by hand
    with transaction(factory) as s:
        s.add(CrawlRun(source_id=source_id, spider="feed", status="running"))
    assert "already running" in (launcher.should_run("dead", manual=True) or "")


def test_run_id_names_the_queued_row_and_the_environment_does_not(
    crawl_env: CrawlEnv, factory: sessionmaker[Session], site: FixtureSite
) -> None:
    """`waspada crawl --run-id N` records the crawl on queued row N; the id reaches the crawl
    as a Scrapy setting, so a WASPADA_CRAWL_RUN_ID left in the environment changes nothing."""
    info = build_telegram_site(site)
    with transaction(factory) as s:
        queued, decoy = (CrawlRun(spider="telegram", status="queued") for _ in range(2))
        s.add_all([queued, decoy])
        s.flush()
        queued_id, decoy_id = queued.id, decoy.id
    code, summary, err = crawl_env.run(
        "telegram", "--start-url", info["start"], "--run-id", str(queued_id),
        WASPADA_CRAWL_RUN_ID=str(decoy_id),
    )  # fmt: skip
    assert code == 0, err
    assert summary["id"] == queued_id and summary["new"] > 0
    with factory() as s:
        assert {r.id: r.status for r in s.scalars(select(CrawlRun))} == {
            queued_id: "ok",
            decoy_id: "queued",
        }


def test_the_scheduler_follows_sources_admins_add_edit_and_pause(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """A source added, edited, paused or resumed on /sources changes the scheduler's jobs at its
    next reconcile (every 15 s), with no restart; the file's sync never undoes a pause."""
    from store.services import sources as svc

    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "a1"\nspider = "feed"\nstart_urls = ["http://a.test/f"]\n')
    scheduler = build_scheduler(_settings(migrated_url, tmp_path, path), factory)

    def crawl_jobs() -> dict[str, str]:
        return {j.id: str(j.trigger) for j in scheduler.get_jobs() if not j.id.startswith("_")}

    def reconcile() -> None:
        next(j for j in scheduler.get_jobs() if j.id == "_sources").func()

    assert crawl_jobs() == {"a1": "interval[6:00:00]"}
    added = svc.create_source(factory, svc.SourceIn(
        name="b2", spider="telegram", start_urls=["https://t.me/s/b2"], schedule="2 jam",
    ), actor="admin1")  # fmt: skip
    reconcile()
    assert crawl_jobs() == {"a1": "interval[6:00:00]", "b2": "interval[2:00:00]"}
    a1 = next(s.id for s in sync_sources(factory, load_sources(path)) if s.name == "a1")
    svc.set_paused(factory, a1, True, actor="admin1")
    svc.update_source(factory, added.id, svc.SourceIn(
        name="b2", spider="telegram", start_urls=["https://t.me/s/b2"], schedule="0 7 * * *",
    ), actor="admin1")  # fmt: skip
    reconcile()
    assert list(crawl_jobs()) == ["b2"] and crawl_jobs()["b2"].startswith("cron[")
    sync_sources(factory, load_sources(path))  # a restart: the file says a1 is enabled
    reconcile()
    assert list(crawl_jobs()) == ["b2"]
    launcher = CrawlLauncher(_settings(migrated_url, tmp_path, path), factory)
    assert launcher.should_run("a1") == "source paused by an admin"
    assert launcher.should_run("a1", manual=True) is None  # "crawl now" still works
    svc.set_paused(factory, a1, False, actor="admin1")
    svc.set_paused(factory, added.id, True, actor="admin1")
    reconcile()
    assert list(crawl_jobs()) == ["a1"]


def test_a_source_added_on_the_page_is_crawled_by_name(
    crawl_env: CrawlEnv, factory: sessionmaker[Session], site: FixtureSite
) -> None:
    """`waspada crawl --source NAME` (what the scheduler starts) finds a source that exists only
    in the table, because an admin added it on /sources."""
    from store.services import sources as svc

    info = build_telegram_site(site)
    svc.create_source(factory, svc.SourceIn(
        name="tg-admin", spider="telegram", start_urls=[info["start"]], channel="telegram",
    ), actor="admin1")  # fmt: skip
    code, summary, stderr = crawl_env.run("--source", "tg-admin")
    assert code == 0, stderr[-2000:]
    assert "sources file not found" in stderr  # no file here: the table is used as it is
    assert summary["status"] == "ok"
    with factory() as s:
        run = s.scalars(select(CrawlRun)).one()
        assert run.status == "ok" and run.source is not None and run.source.name == "tg-admin"
        assert run.new > 0
