"""After ``waspada retention``, an investigator sees which pages were purged and why, and a
purged page's address says so (with the SHA-256 that stays) instead of failing as damaged;
a flagged advert's page is still shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from store.models import AdvertVersion, Snapshot
from store.services import retention
from tests.investigator.conftest import Client, Live


def test_purged_pages_are_explained(live: Live, login: Any) -> None:
    report = retention.run(
        live.factory, 1, dry_run=False, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    )
    assert report.snapshots > 0
    with live.factory() as session:
        advert_id, version, sha = session.execute(
            select(AdvertVersion.advert_id, AdvertVersion.version, Snapshot.sha256)
            .join(Snapshot, Snapshot.id == AdvertVersion.snapshot_id)
            .where(Snapshot.purged_at.is_not(None))
            .limit(1)
        ).one()
    siti: Client = login("siti")
    page = siti.http.get(f"/adverts/{advert_id}")
    assert page.status_code == 200
    assert "menurut aturan retensi" in page.text and "dihapus (retensi)" in page.text
    assert f'src="/adverts/{advert_id}/snapshot/{version}"' not in page.text
    gone = siti.http.get(f"/adverts/{advert_id}/snapshot/{version}")
    assert gone.status_code == 404
    assert "aturan retensi" in gone.text and sha in gone.text
    assert "rusak" not in gone.text  # not mistaken for a damaged page
    flagged = live.world.ids["scam0"]
    kept = siti.http.get(f"/adverts/{flagged}")
    assert f'src="/adverts/{flagged}/snapshot/1"' in kept.text
    assert siti.http.get(f"/adverts/{flagged}/snapshot/1").status_code == 200
