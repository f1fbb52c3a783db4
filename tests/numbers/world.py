"""A small world for "Cek nomor" built through the real services: hand-written adverts (not from
any corpus) classified by the shipped model, ingested with archived pages, their cases moved
along the real workflow by a real investigator, and a citizen's tip.

Who carries what (the values as a person would type them):

=============  =======================================  =====================================
advert         contacts                                 case
=============  =======================================  =====================================
kamboja        WA 0812-7001-3344, BCA 731-000-4455,     escalated to the police, then closed
               rekrut.kamboja@gmail.com
malaysia       wa.me/6281270013344 (the same number)    escalated to BP3MI/KP2MI
taiwan         WA 0857-2200-9911, BRI 0021-01-000555-   flagged by the model, never decided
               50-3
gudang         telp 0813-5500-6677,                     dismissed (a false positive)
               hrd.majujaya@gmail.com
tip            WA +62 812 7001 3344                     a citizen's tip: case new
=============  =======================================  =====================================
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Advert, ReviewCase, Source, User
from store.services import cases
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest, open_case
from store.services.citizen import submit_tip
from store.services.users import add_user
from tests.investigator.seed import PASSWORD, page_html

TEXTS: dict[str, str] = {
    "kamboja": (
        "Dibutuhkan admin online di Kamboja, gaji USD 1.500, tanpa pengalaman, visa turis "
        "diurus. Biaya proses Rp 4.000.000 transfer ke BCA 731-000-4455. Hubungi WA "
        "0812-7001-3344 atau email rekrut.kamboja@gmail.com"
    ),
    "malaysia": (
        "Lowongan pabrik Malaysia gaji RM 4.500 sebulan, berangkat minggu depan tanpa "
        "pelatihan, paspor diurus agen. Daftar lewat wa.me/6281270013344 sekarang juga, "
        "kuota terbatas!"
    ),
    "taiwan": (
        "Kerja di Taiwan sebagai operator pabrik, gaji NT$ 60.000, biaya administrasi Rp "
        "2.500.000 dibayar di muka ke BRI 0021-01-000555-50-3 a.n. agen. WA 0857-2200-9911."
    ),
    "gudang": (
        "PT Maju Jaya Logistik membuka lowongan staf gudang di Kota Jambi, gaji sesuai UMK, "
        "kontrak kerja tertulis. Kirim lamaran ke hrd.majujaya@gmail.com atau telp "
        "0813-5500-6677."
    ),
}
TIP_TEXT = (
    "Saya dapat pesan WA: kerja di Kamboja gaji besar tanpa pengalaman, berangkat cepat, "
    "hubungi WA +62 812 7001 3344"
)
TITLES = {
    "kamboja": "Admin online Kamboja",
    "malaysia": "Pabrik Malaysia RM 4.500",
    "taiwan": "Operator pabrik Taiwan",
    "gudang": "Staf gudang Kota Jambi",
}
SOURCES = {  # advert -> (source, region)
    "kamboja": ("loker-jambi", "Kota Jambi"),
    "malaysia": ("tg-lowongan", "Kabupaten Muaro Jambi"),
    "taiwan": ("loker-jambi", "Kota Jambi"),
    "gudang": ("loker-jambi", "Kota Jambi"),
}
SEEN = {
    "kamboja": dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.UTC),
    "malaysia": dt.datetime(2026, 11, 10, 3, 0, tzinfo=dt.UTC),
    "taiwan": dt.datetime(2026, 11, 12, 3, 0, tzinfo=dt.UTC),
    "gudang": dt.datetime(2026, 11, 14, 3, 0, tzinfo=dt.UTC),
}
DECIDED = {
    "kamboja": dt.datetime(2026, 11, 5, 3, 0, tzinfo=dt.UTC),
    "malaysia": dt.datetime(2026, 11, 12, 3, 0, tzinfo=dt.UTC),
    "gudang": dt.datetime(2026, 11, 15, 3, 0, tzinfo=dt.UTC),
}

# The values as stored (classifier.entities, then store.services.entities.entity_value).
CONFIRMED_PHONE = "+6281270013344"  # kamboja + malaysia: 2 escalated cases (+ a tip, not counted)
CONFIRMED_ACCOUNT = "7310004455"  # BCA, kamboja
CONFIRMED_EMAIL = "rekrut.kamboja@gmail.com"
UNCONFIRMED_PHONE = "+6285722009911"  # taiwan: flagged by the model only
UNCONFIRMED_ACCOUNT = "002101000555503"  # BRI, taiwan
DISMISSED_PHONE = "+6281355006677"
DISMISSED_EMAIL = "hrd.majujaya@gmail.com"


@dataclass
class World:
    ids: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)


def classify_all(classifier: Any) -> dict[str, dict[str, Any]]:
    from classifier.pipeline import AdvertInput

    keys = [*TEXTS, "tip"]
    texts = {**TEXTS, "tip": TIP_TEXT}
    results = classifier.classify([AdvertInput(text=texts[k], title=TITLES.get(k)) for k in keys])
    return {k: r.to_dict() for k, r in zip(keys, results, strict=True)}


def _ingest(factory: sessionmaker[Session], key: str, result: dict[str, Any], source: int) -> int:
    url = f"https://loker.example.id/iklan/{key}"
    item = AdvertIn(
        title=TITLES[key],
        body_text=TEXTS[key],
        url=url,
        source_id=source,
        channel="job_board",
        language="id",
        snapshot=SnapshotIn(
            url=url,
            body=page_html(TITLES[key], TEXTS[key]),
            content_type="text/html; charset=utf-8",
            fetched_at=SEEN[key],
        ),
    )
    with transaction(factory) as session:
        result_in = ClassificationIn.from_result(result)
        advert_id = ingest(session, item, result_in, now=SEEN[key]).advert_id
        advert = session.get(Advert, advert_id)
        assert advert is not None
        # Every advert here gets a case, flagged or not (the gudang one is a false positive an
        # investigator dismisses).
        open_case(session, advert, now=SEEN[key])
    return advert_id


def build(factory: sessionmaker[Session], classified: dict[str, dict[str, Any]]) -> World:
    world = World()
    for name, role in {"siti": "investigator", "tamu": "viewer", "admin1": "admin"}.items():
        world.users[name] = add_user(
            factory, username=name, password=PASSWORD, role=role, full_name=name.title()
        )
    source_ids: dict[str, int] = {}
    with transaction(factory) as session:
        for name, region in {(s, r) for s, r in SOURCES.values()}:
            src = Source(name=name, spider="jobposting", channel="job_board", region=region)
            session.add(src)
            session.flush()
            source_ids[name] = src.id
    for key in TEXTS:
        world.ids[key] = _ingest(factory, key, classified[key], source_ids[SOURCES[key][0]])
    with factory() as session:
        for key, advert_id in world.ids.items():
            case_id = session.scalar(select(ReviewCase.id).where(ReviewCase.advert_id == advert_id))
            assert case_id is not None
            world.cases[key] = case_id
    siti = world.users["siti"]
    for key, to, extra in (
        ("kamboja", "escalated", {"escalated_to": "police", "external_ref": "LP/B/77/XI/2026"}),
        ("malaysia", "escalated", {"escalated_to": "bp3mi", "external_ref": "B.123/BP3MI/2026"}),
        ("gudang", "dismissed", {"reason": "Lowongan resmi; perusahaan dan kontrak dicek."}),
    ):
        when = DECIDED[key]
        cases.transition(factory, world.cases[key], siti, "in_review", now=when)
        cases.transition(factory, world.cases[key], siti, to, now=when, **extra)
    # Closing an escalated case keeps its decision: it still counts.
    cases.transition(factory, world.cases["kamboja"], siti, "closed", now=DECIDED["malaysia"])
    # A citizen's tip carrying the confirmed number: a case opens, nobody decides it.
    tip = submit_tip(
        factory,
        AdvertIn(title="", body_text=TIP_TEXT),
        ClassificationIn.from_result(classified["tip"]),
        region="Kota Jambi",
        message="Dikirim ke adik saya",
    )
    world.ids["tip"], world.cases["tip"] = tip.advert_id, tip.case_id
    return world
