"""Sources and crawls for admins: the page, the JSON, and "crawl now" as a queued crawl run
that the scheduler's ``dispatch_queued`` picks up."""

from __future__ import annotations

from typing import Any

import lxml.html
from sqlalchemy import select

from store.models import AuditLog, CrawlRun
from tests.investigator.conftest import Client, Live


def test_crawl_now_queues_a_run(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    source_id = live.world.sources["tg-lowongan"]
    sources = admin.http.get("/api/sources").json()
    assert {s["name"] for s in sources} == {"loker-jambi", "tg-lowongan"}
    assert all(s["last_run"] is None and s["pending"] is None for s in sources)

    r = admin.post_json(f"/api/sources/{source_id}/crawl", {})
    assert r.status_code == 201, r.text
    run = r.json()
    assert (run["status"], run["spider"], run["source"]) == ("queued", "telegram", "tg-lowongan")
    # Once queued, a second request is refused until the crawl has run.
    again = admin.post_json(f"/api/sources/{source_id}/crawl", {})
    assert again.status_code == 409 and "sudah dalam antrean" in again.json()["detail"]
    assert admin.post_json("/api/sources/999/crawl", {}).status_code == 404

    with live.factory() as s:
        queued = s.scalars(select(CrawlRun).where(CrawlRun.status == "queued")).all()
        assert [(q.id, q.source_id, q.spider) for q in queued] == [
            (run["id"], source_id, "telegram")
        ]
        # What the scheduler's dispatch_queued reads: queued runs with their source's name.
        assert queued[0].source is not None and queued[0].source.name == "tg-lowongan"
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "crawl.queue")).one()
        assert audit.actor == "admin1" and audit.after == {
            "crawl_run_id": run["id"], "source": "tg-lowongan", "spider": "telegram",
        }  # fmt: skip

    runs = admin.http.get("/api/crawl-runs", params={"source_id": source_id}).json()
    assert [r["id"] for r in runs] == [run["id"]]
    listed = {s["name"]: s for s in admin.http.get("/api/sources").json()}
    assert listed["tg-lowongan"]["pending"]["id"] == run["id"]
    assert listed["tg-lowongan"]["last_run"]["status"] == "queued"

    # The page: the queued source shows its state, the other offers the button; while a crawl
    # is pending the page reloads itself, so the result shows up without pressing anything.
    doc = lxml.html.fromstring(admin.http.get("/sources").text)
    assert doc.cssselect("meta[http-equiv=refresh]")[0].get("content") == "10"
    rows = {int(tr.get("data-source")): tr for tr in doc.cssselect("table.sources tr[data-source]")}
    assert "dalam antrean" in rows[source_id].text_content()
    other = live.world.sources["loker-jambi"]
    assert rows[other].cssselect(f"form[action='/sources/{other}/crawl']")
    r = admin.post_form(f"/sources/{other}/crawl", {})
    assert r.status_code == 303 and r.headers["location"].startswith("/sources?queued=")
    assert "dimasukkan ke antrean" in admin.http.get(r.headers["location"]).text
    r = admin.post_form(f"/sources/{other}/crawl", {})
    assert r.status_code == 409 and "sudah dalam antrean" in r.text
