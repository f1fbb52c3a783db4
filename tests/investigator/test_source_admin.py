"""Admins add, edit, pause and resume sources on /sources (issue 20.14), over real HTTP with a
real database: every mistake gets its Indonesian message beside its field, each change is in the
audit log, only admins may do it, forms need their CSRF token, and a pause made on the page
survives the sources file's next sync (the admin's choice has its own column)."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from sqlalchemy import select

from crawler.sources import SourceSpec, crawlable_specs, sync_sources
from store.models import AuditLog, Source
from tests.investigator.conftest import Client, Live

GOOD = {
    "name": "blog-loker-muaro",
    "spider": "feed",
    "start_urls": "https://lokermuaro.example.id/feeds/posts/default\n",
    "schedule": "3 jam",
    "region": "Kabupaten Muaro Jambi",
    "channel": "loker_blog",
    "options": "",
    "active": "1",
}


def field_errors(html: str) -> dict[str, str]:
    doc = lxml.html.fromstring(html)
    return {e.get("data-field"): e.text_content() for e in doc.cssselect(".field-error")}


def audit(live: Live, action: str) -> list[AuditLog]:
    with live.factory() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action)))


def test_the_form_refuses_each_mistake_in_indonesian_and_stores_nothing(
    live: Live, login: Any
) -> None:
    admin: Client = login("admin1")
    page = admin.http.get("/sources/new")
    assert page.status_code == 200 and 'name="start_urls"' in page.text
    bad = GOOD | {
        "name": "loker-jambi",  # the seed's source
        "spider": "rss",
        "start_urls": "lokermuaro.example.id/feed",
        "schedule": "5 menit",
    }
    r = admin.post_form("/sources", bad)
    assert r.status_code == 422
    errors = field_errors(r.text)
    assert "sudah dipakai" in errors["name"]
    assert "Jenis perayap tidak dikenal" in errors["spider"]
    assert "http:// atau https://" in errors["start_urls"]
    assert "terlalu pendek" in errors["schedule"]
    # What was typed comes back, so only the mistakes need retyping.
    doc = lxml.html.fromstring(r.text)
    assert doc.cssselect("textarea[name=start_urls]")[0].text_content() == bad["start_urls"]

    more = [
        ({"start_urls": "https://ok.example.id/a\nftp://x.example.id/"}, "start_urls", "https://"),
        ({"start_urls": "http:///tanpa-situs"}, "start_urls", "nama situs"),
        ({"start_urls": "   "}, "start_urls", "paling sedikit satu URL"),
        ({"schedule": "kadang-kadang"}, "schedule", "6 jam"),
        ({"schedule": "* * * * *"}, "schedule", "terlalu sering"),
        ({"name": "Nama Besar"}, "name", "huruf kecil"),
        ({"name": ""}, "name", "wajib diisi"),
        ({"spider": "listing"}, "options", "item_links"),
        ({"options": "{bukan json"}, "options", "bukan JSON"),
        ({"options": "[1, 2]"}, "options", "objek JSON"),
    ]
    for change, field, words in more:
        r = admin.post_form("/sources", GOOD | change)
        assert r.status_code == 422, change
        assert words in field_errors(r.text).get(field, ""), (change, field_errors(r.text))
    with live.factory() as s:
        assert s.scalar(select(Source).where(Source.name == GOOD["name"])) is None
    assert audit(live, "source.create") == []


def test_add_edit_pause_resume_each_audited_and_a_pause_survives_the_file_sync(
    live: Live, login: Any
) -> None:
    admin: Client = login("admin1")
    r = admin.post_form("/sources", GOOD)
    assert r.status_code == 303 and r.headers["location"].startswith("/sources?saved=")
    source_id = int(r.headers["location"].rsplit("=", 1)[1])
    listed = {s["name"]: s for s in admin.http.get("/api/sources").json()}
    new = listed[GOOD["name"]]
    assert (new["spider"], new["schedule"], new["region"], new["channel"]) == (
        "feed", "every 3h", "Kabupaten Muaro Jambi", "loker_blog",
    )  # fmt: skip
    assert new["start_urls"] == ["https://lokermuaro.example.id/feeds/posts/default"]
    assert (new["managed_by"], new["paused"], new["crawled"]) == ("admin", False, True)
    (created,) = audit(live, "source.create")
    assert created.actor == "admin1" and created.target_id == str(source_id)
    assert created.after is not None and created.after["start_urls"] == new["start_urls"]

    # Edit: the form shows what is stored, in the form's words.
    doc = lxml.html.fromstring(admin.http.get(f"/sources/{source_id}/edit").text)
    assert doc.cssselect("input[name=schedule]")[0].get("value") == "3 jam"
    r = admin.post_form(f"/sources/{source_id}", GOOD | {"schedule": "1 hari", "region": "Jambi"})
    assert r.status_code == 303
    (updated,) = audit(live, "source.update")
    assert updated.before is not None and updated.after is not None
    assert (updated.before["schedule"], updated.after["schedule"]) == ("every 3h", "every 1d")
    # A file source edited on the page is the admin's from then on; renaming onto another
    # source's name is refused.
    other = live.world.sources["loker-jambi"]
    r = admin.post_form(f"/sources/{source_id}", GOOD | {"name": "tg-lowongan"})
    assert r.status_code == 422 and "sudah dipakai" in field_errors(r.text)["name"]

    # Pause the seed's file-declared source on the page, then sync the file, which says
    # enabled = true: the pause stays (and so does the admin's own source).
    page = lxml.html.fromstring(admin.http.get("/sources").text)
    assert page.cssselect(f"form[action='/sources/{other}/pause']")
    r = admin.post_form(f"/sources/{other}/pause", {})
    assert r.status_code == 303 and r.headers["location"] == f"/sources?paused={other}"
    assert "dijeda" in admin.http.get(r.headers["location"]).text
    (paused,) = audit(live, "source.pause")
    assert paused.before == {"paused": False} and paused.target_id == str(other)
    file_says = [
        SourceSpec(name="loker-jambi", spider="jobposting",
                   start_urls=["https://loker-jambi.example.id/baru"], enabled=True),
        SourceSpec(name=GOOD["name"], spider="telegram", start_urls=["https://t.me/s/x"]),
    ]  # fmt: skip
    rows = {r.name: r for r in sync_sources(live.factory, file_says)}
    assert rows["loker-jambi"].paused and rows["loker-jambi"].enabled
    assert rows["loker-jambi"].start_urls == ["https://loker-jambi.example.id/baru"]
    assert rows[GOOD["name"]].spider == "feed"  # the admin's definition, not the file's
    assert not rows["tg-lowongan"].enabled  # gone from the file: disabled, as before
    crawled = {s.name for s in crawlable_specs(live.factory)}
    assert crawled == {GOOD["name"]}
    listed = {s["name"]: s for s in admin.http.get("/api/sources").json()}
    assert (listed["loker-jambi"]["paused"], listed["loker-jambi"]["crawled"]) == (True, False)
    page = lxml.html.fromstring(admin.http.get("/sources").text)
    row = page.cssselect(f"tr[data-source='{other}']")[0]
    assert "dijeda admin" in row.text_content()
    assert row.cssselect(f"form[action='/sources/{other}/resume']")

    # Pausing twice changes nothing and writes nothing; resuming is audited.
    assert admin.post_form(f"/sources/{other}/pause", {}).status_code == 303
    assert len(audit(live, "source.pause")) == 1
    assert admin.post_form(f"/sources/{other}/resume", {}).status_code == 303
    (resumed,) = audit(live, "source.resume")
    assert resumed.after == {"paused": False, "name": "loker-jambi"}
    assert {s.name for s in crawlable_specs(live.factory)} == {GOOD["name"], "loker-jambi"}

    # Saved unticked: stored paused.
    r = admin.post_form("/sources", GOOD | {"name": "dijeda-dulu", "active": ""})
    assert r.status_code == 303
    listed = {s["name"]: s for s in admin.http.get("/api/sources").json()}
    assert listed["dijeda-dulu"]["paused"] is True


def test_json_twins(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    body = {
        "name": "kanal-tg-baru",
        "spider": "telegram",
        "start_urls": ["https://t.me/s/lokerbaru"],
        "schedule": "every 2h",
        "region": "Kota Jambi",
        "channel": "telegram",
    }
    r = admin.post_json("/api/sources", body)
    assert r.status_code == 201, r.text
    made = r.json()
    assert (made["name"], made["managed_by"], made["crawled"], made["last_run"]) == (
        "kanal-tg-baru", "admin", True, None,
    )  # fmt: skip
    again = admin.post_json("/api/sources", body)
    assert again.status_code == 409 and "sudah dipakai" in again.json()["detail"]
    bad = admin.post_json("/api/sources", body | {"name": "lain", "schedule": "every 10m"})
    assert bad.status_code == 422 and "terlalu pendek" in bad.json()["detail"]
    nul = admin.post_json("/api/sources", body | {"name": "lain", "region": "Kota\x00"})
    assert nul.status_code == 422

    sid = made["id"]
    r = admin.http.patch(
        f"/api/sources/{sid}", json={"schedule": "12 jam"}, headers={"X-CSRF-Token": admin.csrf}
    )
    assert r.status_code == 200 and r.json()["schedule"] == "every 12h"
    assert r.json()["start_urls"] == ["https://t.me/s/lokerbaru"]  # the rest unchanged
    r = admin.http.patch(
        f"/api/sources/{sid}", json={"spider": "rss"}, headers={"X-CSRF-Token": admin.csrf}
    )
    assert r.status_code == 422 and "Jenis perayap" in r.json()["detail"]
    assert admin.post_json(f"/api/sources/{sid}/pause", {}).json()["paused"] is True
    assert admin.post_json(f"/api/sources/{sid}/resume", {}).json()["crawled"] is True
    assert admin.http.get(f"/api/sources/{sid}").json()["schedule"] == "every 12h"
    assert admin.post_json("/api/sources/99999/pause", {}).status_code == 404
    assert [a.action for a in audit(live, "source.create")] == ["source.create"]
    assert len(audit(live, "source.update")) == 1


@pytest.mark.parametrize("username", ["siti", "tamu"])
def test_only_admins_and_only_with_csrf(live: Live, login: Any, username: str) -> None:
    user: Client = login(username)
    sid = live.world.sources["loker-jambi"]
    assert user.http.get("/sources/new").status_code == 403
    assert user.http.get(f"/sources/{sid}/edit").status_code == 403
    assert user.post_form("/sources", GOOD).status_code == 403
    assert user.post_form(f"/sources/{sid}", GOOD).status_code == 403
    assert user.post_form(f"/sources/{sid}/pause", {}).status_code == 403
    assert user.post_form(f"/sources/{sid}/resume", {}).status_code == 403
    body = {"name": "x1", "spider": "feed", "start_urls": ["https://a.example.id/"]}
    assert user.post_json("/api/sources", body).status_code == 403
    assert user.post_json(f"/api/sources/{sid}/pause", {}).status_code == 403
    assert user.http.patch(f"/api/sources/{sid}", json={"region": "x"},
                           headers={"X-CSRF-Token": user.csrf}).status_code == 403  # fmt: skip
    admin: Client = login("admin1")
    no_csrf = admin.http.post("/sources", data=GOOD)
    assert no_csrf.status_code == 403
    assert admin.http.post(f"/sources/{sid}/pause", data={}).status_code == 403
    with live.factory() as s:
        source = s.get(Source, sid)
        assert source is not None and not source.paused
        assert s.scalar(select(Source).where(Source.name == GOOD["name"])) is None
    assert audit(live, "source.pause") == [] and audit(live, "source.create") == []
