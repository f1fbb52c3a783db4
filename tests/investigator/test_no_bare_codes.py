"""No investigator page shows a bare code ("citizen_tip", "job_board", "escalated_police",
"queued", "every 6h", "Run"): every page is walked, in Indonesian, after a case was escalated,
another dismissed, a tip sent and a crawl queued, and its visible text is searched."""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from store.models import CaseStatus
from store.services import cases, citizen, crawls
from store.services.adverts import AdvertIn
from tests.investigator.conftest import Client, Live
from tests.investigator.test_workflow import _case_id, _user
from vocabulary.names import CHANNEL_LABELS, CRAWL_STATUS_LABELS, DECISION_LABELS
from vocabulary.red_flags import RED_FLAGS

# Codes that must never reach a page as they are stored (words like "ok" or "web" also occur
# in ordinary Indonesian text, so only codes that cannot are searched for).
CODES = (
    {c for c in CHANNEL_LABELS if "_" in c}
    | set(DECISION_LABELS)
    | {"queued", "running", "in_review", "escalated", "dismissed"}
    | set(RED_FLAGS)
    | set(CRAWL_STATUS_LABELS) - {"ok", "partial", "failed"}
)
WORDS = re.compile(
    r"(?<![\w/.-])(" + "|".join(sorted(CODES, key=len, reverse=True)) + r")(?![\w/-])"
)
ENGLISH = re.compile(r"(?<![\w-])(every \d+[mhd]|Run)(?![\w-])")


def visible_text(html: str) -> str:
    doc = lxml.html.fromstring(html)
    for hidden in doc.xpath("//script|//style|//*[@class='advert-text']|//pre|//textarea|//option"):
        hidden.drop_tree()
    return " ".join(doc.text_content().split())


def test_no_page_shows_a_bare_code(live: Live, login: Any) -> None:
    siti, admin = _user(live.factory, "siti"), _user(live.factory, "admin1")
    escalated = _case_id(live.factory, live.world.ids["scam0"])
    cases.transition(live.factory, escalated, siti, "in_review")
    cases.transition(live.factory, escalated, siti, CaseStatus.escalated, external_ref="LP/1",
                     escalated_to="police")  # fmt: skip
    dismissed = _case_id(live.factory, live.world.ids["scam1"])
    cases.transition(live.factory, dismissed, siti, "in_review")
    cases.transition(live.factory, dismissed, siti, "dismissed", reason="Lowongan resmi")
    tip = citizen.submit_tip(
        live.factory,
        AdvertIn(title="Kiriman", body_text="Kerja di Kamboja gaji 20 juta"),
        None,
        region="Kota Jambi",
    )
    crawls.queue_crawl(live.factory, live.world.sources["loker-jambi"], admin)

    client: Client = login("admin1")
    pages = ["/queue", "/sources", "/agencies", "/alerts", "/dashboard", "/users"]
    pages += [f"/adverts/{i}" for i in (*live.world.ids.values(), tip.advert_id)]
    problems = []
    for path in pages:
        r = client.http.get(path)
        assert r.status_code == 200, (path, r.status_code)
        text = visible_text(r.text)
        found = set(WORDS.findall(text)) | set(ENGLISH.findall(text))
        if found:
            where = [text[max(0, m.start() - 40) : m.end() + 20] for m in WORDS.finditer(text)]
            problems.append(f"{path}: {sorted(found)} {where[:3]}")
    assert problems == [], "bare codes on pages:\n" + "\n".join(problems)
