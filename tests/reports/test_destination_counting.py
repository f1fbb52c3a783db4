"""The dashboard counts where an advert recruits for, not every place it names: Batam or Jakarta
as a transit stop of an overseas offer is not "Indonesia (dalam negeri)". And a crawled advert
from a page that is no declared source is not a citizen's tip."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.services import stats
from store.services.adverts import AdvertIn, ingest
from store.services.periods import Period
from tests.reports.fixture_db import classification, entities, utc


def _flagged(factory: sessionmaker[Session], name: str, countries: tuple[str, ...]) -> None:
    item = AdvertIn(title=name, body_text=f"Iklan uji {name}", url=f"https://x.test/{name}",
                    channel="web")  # fmt: skip
    result = classification("m1", ("upfront_fee",), entities(destinations=countries))
    with transaction(factory) as session:
        ingest(session, item, result, now=utc("2026-11-05T03:00"))


def test_transit_towns_do_not_make_an_overseas_offer_domestic(
    factory: sessionmaker[Session],
) -> None:
    _flagged(factory, "via-batam", ("MY", "ID"))  # "berangkat lewat Batam ke Malaysia"
    _flagged(factory, "cambodia-via-jakarta", ("KH", "ID"))
    _flagged(factory, "batam-only", ("ID",))  # a job in Batam itself
    s = stats.compute(factory, Period(start=utc("2026-11-01T00:00"), end=utc("2026-12-01T00:00")))
    assert {c.key: c.count for c in s.by_destination} == {"MY": 1, "KH": 1, "ID": 1}
    # None of them has a declared source, and none was a citizen's tip.
    assert {c.key: c.count for c in s.by_source} == {stats.UNNAMED_SOURCE: 3}
