"""Turning a citizen's input into the advert a tip stores.

Pasted text becomes an advert without a URL; a link is fetched again (nothing was kept from the
check) and stored with the raw page as its evidence snapshot, like a crawled advert.
"""

from __future__ import annotations

from citizen.check import Checker, CheckInput
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn

TIP_CHANNEL = "citizen_tip"


def tip_advert(checker: Checker, inp: CheckInput) -> tuple[AdvertIn, ClassificationIn]:
    checked = checker.check(inp)
    classification = ClassificationIn.from_result(checked.result)
    reading = checked.reading
    if reading.kind == "text" or reading.page is None:
        return AdvertIn(title="", body_text=inp.value, origin="tip", channel=TIP_CHANNEL), (
            classification
        )
    page = reading.page
    item = reading.items[checked.index]
    advert = AdvertIn(
        title=item.title,
        body_text=item.description or item.text(),
        url=item.url or page.url,
        origin="tip",
        channel=item.channel or TIP_CHANNEL,
        language=item.language,
        organisation=item.organisation,
        location=item.location,
        posted_at=item.posted_at,
        raw=item.to_json(),
        snapshot=SnapshotIn(
            url=page.url,
            body=page.body,
            http_status=page.status,
            headers=page.headers,
            content_type=page.content_type,
            fetched_at=page.fetched_at,
        ),
    )
    return advert, classification
