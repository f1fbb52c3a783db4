"""The link graph's edge labels do not overlap on a laptop (issue 20.12), read in a real
headless Chromium: the bounding boxes of every edge label, node and node title of an advert
with several links, and of a crowded graph of twelve links with long labels. An edge whose
words find no free spot gets a numbered badge and its words in the legend below."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from api.investigator.graph import MAX_NODES, Edge, Node, link_graph
from classifier.pipeline import AdvertInput
from store.db import transaction
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest
from tests.investigator import seed
from tests.investigator.conftest import Live

pytestmark = pytest.mark.browser

# Boxes of what must not overlap, as the browser lays them out (CSS pixels).
BOXES_JS = """() => {
  const box = (el, kind) => { const r = el.getBoundingClientRect();
    return {kind, text: el.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
  const svg = document.querySelector('svg.link-graph');
  return {
    labels: [...svg.querySelectorAll('.edge-text text.edge-label, .edge-text g.edge-label')]
      .map(el => box(el, 'label')),
    nodes: [...svg.querySelectorAll('a.node circle')].map(el => box(el, 'node')),
    titles: [...svg.querySelectorAll('a.node text.node-title')].filter(el => el.textContent)
      .map(el => box(el, 'title')),
    legend: [...document.querySelectorAll('ol.graph-legend li')].map(li => li.textContent),
    width: svg.getBoundingClientRect().width,
  };
}"""


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def assert_no_overlap(found: dict[str, Any]) -> None:
    labels, others = found["labels"], found["nodes"] + found["titles"]
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not overlaps(a, b), f"edge labels overlap: {a} / {b}"
        for b in others:
            assert not overlaps(a, b), f"an edge label covers a {b['kind']}: {a} / {b}"


def test_a_crowded_graph_keeps_every_label_clear(browser: Any) -> None:
    center = Node(1, "Admin online Kamboja gaji USD 1.300 tanpa pengalaman", "high")
    others = [Node(100 + i, f"Lowongan admin online nomor {i} gaji besar", "high")
              for i in range(MAX_NODES)]  # fmt: skip
    edges = [
        Edge(100 + i, [f"WA/Telp +62813667721{i:02d}", "Rekening BRI 0123456789", "Teks mirip 97%"])
        for i in range(MAX_NODES)
    ]
    html = str(link_graph(center, others, edges))
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.set_content(
            "<!doctype html><html><head><style>body{font-family:sans-serif;margin:2rem}"
            ".link-graph{width:100%;max-width:40rem;height:auto;display:block}</style></head>"
            f"<body><main>{html}</main></body></html>"
        )
        found = page.evaluate(BOXES_JS)
    finally:
        context.close()
    assert len(found["labels"]) == MAX_NODES and len(found["nodes"]) == MAX_NODES + 1
    assert_no_overlap(found)
    badges = html.count('class="edge-label edge-badge"')
    assert len(found["legend"]) == badges  # each badge's words are in the legend
    assert badges < MAX_NODES  # most edges still say their words in place
    for entry in found["legend"]:
        assert "Rekening BRI 0123456789" in entry


LINKED = (
    "Dibutuhkan admin online {place} gaji {pay} juta per bulan, tanpa pengalaman, visa turis, "
    "berangkat minggu depan. Hubungi WA 0813-6677-2190 atau email rekrut.asia{n}@gmail.com. "
    "Biaya proses Rp 5.000.000 transfer ke BRI 0123-4567-8901-234."
)


def test_an_advert_with_several_links_on_a_laptop(
    browser: Any, live: Live, classifier: Any
) -> None:
    places = ["Kamboja", "Myanmar", "Laos", "Thailand", "Filipina", "Vietnam", "Malaysia"]
    texts = [LINKED.format(place=p, pay=15 + i, n=i % 3) for i, p in enumerate(places)]
    results = classifier.classify([AdvertInput(text=t, id=str(i)) for i, t in enumerate(texts)])
    ids = []
    when = dt.datetime(2026, 11, 21, 3, 0, tzinfo=dt.UTC)
    with transaction(live.factory) as session:
        for i, (text, result) in enumerate(zip(texts, results, strict=True)):
            url = f"https://loker.example.id/iklan/jaringan-{i}"
            item = AdvertIn(
                title=f"Admin online {places[i]}", body_text=text, url=url, channel="job_board",
                language="id", snapshot=SnapshotIn(
                    url=url, body=seed.page_html(f"Admin online {places[i]}", text),
                    content_type="text/html; charset=utf-8", headers={}, fetched_at=when,
                ),
            )  # fmt: skip
            ids.append(
                ingest(
                    session, item, ClassificationIn.from_result(result.to_dict()), now=when
                ).advert_id
            )
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    try:
        page.goto(f"{live.url}/login?next=/queue")
        page.fill("input[name=username]", "siti")
        page.fill("input[name=password]", seed.PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        page.wait_for_url("**/queue")
        page.goto(f"{live.url}/adverts/{ids[0]}")
        found = page.evaluate(BOXES_JS)
    finally:
        context.close()
    assert len(found["labels"]) >= len(places) - 1  # linked by the WhatsApp number at least
    assert len(found["nodes"]) == len(found["labels"]) + 1
    assert_no_overlap(found)
