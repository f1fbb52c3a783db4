"""A small picture of the linked adverts: server-side inline SVG (no JavaScript library, no
request), so it shows on a phone on a slow connection. Nodes are adverts (coloured by risk
band, each a link to its page); edges say what the two share."""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 380
NODE_R = 20
MAX_NODES = 12
BAND_COLOURS = {"high": "#b3261e", "medium": "#f9ab00", "low": "#7aa77f"}


@dataclass(frozen=True)
class Node:
    advert_id: int
    title: str
    band: str  # low | medium | high


@dataclass(frozen=True)
class Edge:
    other_id: int
    labels: list[str]  # "WA +6281366772190", "Teks mirip 92%"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link_graph(center: Node, others: list[Node], edges: list[Edge]) -> Markup:
    if not others:
        return Markup("")
    shown = others[:MAX_NODES]
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - 90, HEIGHT / 2 - 50
    pos: dict[int, tuple[float, float]] = {center.advert_id: (cx, cy)}
    for i, node in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / len(shown)
        pos[node.advert_id] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle))
    parts = [
        f'<svg class="link-graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="Grafik {len(shown)} iklan terkait '
        f'dengan iklan #{center.advert_id}">'
    ]
    for edge in edges:
        if edge.other_id not in pos:
            continue
        x, y = pos[edge.other_id]
        full = ", ".join(edge.labels)
        mx, my = (cx + x) / 2, (cy + y) / 2
        parts.append(
            f'<g class="edge"><title>{escape(full)}</title>'
            f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="#8a94a6" '
            f'stroke-width="{1.5 + min(len(edge.labels), 4):.1f}"/>'
            f'<text x="{mx:.0f}" y="{my:.0f}" text-anchor="middle" font-size="11" '
            f'paint-order="stroke" stroke="#fff" stroke-width="3">'
            f"{escape(_short(full, 40))}</text></g>"
        )
    for node in [center, *shown]:
        x, y = pos[node.advert_id]
        colour = BAND_COLOURS.get(node.band, "#7aa77f")
        ring = ' stroke="#13315c" stroke-width="4"' if node is center else ""
        parts.append(
            f'<a href="/adverts/{node.advert_id}" class="node" data-advert="{node.advert_id}">'
            f"<title>#{node.advert_id} {escape(node.title)}</title>"
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{NODE_R}" fill="{colour}"{ring}/>'
            f'<text x="{x:.0f}" y="{y + 4:.0f}" text-anchor="middle" font-size="12" '
            f'font-weight="700" fill="#fff">#{node.advert_id}</text>'
            f'<text x="{x:.0f}" y="{y + NODE_R + 14:.0f}" text-anchor="middle" font-size="11">'
            f"{escape(_short(node.title, 26))}</text></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
