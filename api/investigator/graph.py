"""A small picture of the linked adverts: server-side inline SVG (no JavaScript library, no
request), so it shows on a phone on a slow connection. Nodes are adverts (coloured by risk
band, each a link to its page); edges say what the two share."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

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


# Label placement. Text is measured here, without a browser, by an upper bound of its width:
# 0.62 em per character covers DejaVu Sans (Debian's default sans-serif, among the widest) for
# the digits, capitals and lower case these labels hold. The browser test reads the real boxes.
EM_PER_CHAR = 0.62
EDGE_FONT = 11
EDGE_LABEL_CHARS = 28
NODE_TITLE_CHARS = 16
BADGE_R = 9
PAD = 2.0
# Where along an edge (fraction from the centre) and how far off it (along its normal) a label
# may go, tried in this order: the midpoint first, then nearby, then further out.
ALONG = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74)
ACROSS = (0.0, 9.0, -9.0, 18.0, -18.0, 28.0, -28.0)


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def hits(self, other: Box) -> bool:
        return not (
            self.x1 + PAD <= other.x0
            or other.x1 + PAD <= self.x0
            or self.y1 + PAD <= other.y0
            or other.y1 + PAD <= self.y0
        )

    def inside(self) -> bool:
        return self.x0 >= 0 and self.y0 >= 0 and self.x1 <= WIDTH and self.y1 <= HEIGHT


def text_box(x: float, y: float, text: str, size: float) -> Box:
    """The box of a text centred on (x, y) (text-anchor middle, dominant-baseline central)."""
    half_w = len(text) * EM_PER_CHAR * size / 2 + 2
    half_h = size * 0.65
    return Box(x - half_w, y - half_h, x + half_w, y + half_h)


def _label_box(label: str, x: float, y: float) -> Box:
    return text_box(x, y, label, EDGE_FONT)


def _place(
    start: tuple[float, float],
    end: tuple[float, float],
    box_at: Callable[[float, float], Box],
    taken: list[Box],
) -> tuple[float, float, Box] | None:
    """The first spot along the edge whose box hits nothing taken and stays in the picture."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    for t in ALONG:
        for off in ACROSS:
            x, y = x0 + t * (x1 - x0) + off * nx, y0 + t * (y1 - y0) + off * ny
            box = box_at(x, y)
            if box.inside() and not any(box.hits(other) for other in taken):
                return x, y, box
    return None


def link_graph(center: Node, others: list[Node], edges: list[Edge]) -> Markup:
    """The graph as inline SVG, followed by a legend for the edges whose words did not fit.

    Edge labels never overlap each other, a node or a node's title: each is put at the first
    free spot near its edge's midpoint (:func:`_place`); when none is free, the edge gets a
    numbered badge instead and its words go to the legend under the picture. Every edge keeps
    all its words in its tooltip."""
    if not others:
        return Markup("")
    shown = others[:MAX_NODES]
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - 90, HEIGHT / 2 - 50
    pos: dict[int, tuple[float, float]] = {center.advert_id: (cx, cy)}
    for i, node in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / len(shown)
        pos[node.advert_id] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle))

    # What edge labels must not cover: every node, and every node's title.
    taken: list[Box] = []
    titles: dict[int, tuple[float, str]] = {}
    for node in [center, *shown]:
        x, y = pos[node.advert_id]
        taken.append(Box(x - NODE_R, y - NODE_R, x + NODE_R, y + NODE_R))
        title = _short(node.title, NODE_TITLE_CHARS)
        # Titles of the upper half go above their node, so they never sit on the spokes.
        ty = y - NODE_R - 9 if y < cy - 1 else y + NODE_R + 9
        titles[node.advert_id] = (ty, title)
        if title:
            taken.append(text_box(x, ty, title, 11))

    lines: list[str] = []
    drawn: list[str] = []
    legend: list[tuple[int, int, str]] = []
    visible = [e for e in edges if e.other_id in pos]
    for edge in visible:
        x, y = pos[edge.other_id]
        full = ", ".join(edge.labels)
        label = _short(full, EDGE_LABEL_CHARS)
        line = (
            f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="#8a94a6" '
            f'stroke-width="{1.5 + min(len(edge.labels), 4):.1f}"/>'
        )
        spot = _place((cx, cy), (x, y), partial(_label_box, label), taken)
        if spot is not None:
            lx, ly, box = spot
            taken.append(box)
            mark = (
                f'<text class="edge-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" '
                f'dominant-baseline="central" font-size="{EDGE_FONT}" paint-order="stroke" '
                f'stroke="#fff" stroke-width="3">{escape(label)}</text>'
            )
        else:
            number = len(legend) + 1
            legend.append((number, edge.other_id, full))

            def badge(px: float, py: float) -> Box:
                return Box(px - BADGE_R, py - BADGE_R, px + BADGE_R, py + BADGE_R)

            spot = _place((cx, cy), (x, y), badge, taken)
            bx, by = spot[:2] if spot else ((cx + x) / 2, (cy + y) / 2)
            taken.append(badge(bx, by))
            mark = (
                f'<g class="edge-label edge-badge" data-legend="{number}">'
                f'<circle cx="{bx:.1f}" cy="{by:.1f}" r="{BADGE_R}" fill="#13315c"/>'
                f'<text x="{bx:.1f}" y="{by:.1f}" text-anchor="middle" '
                f'dominant-baseline="central" font-size="10" font-weight="700" fill="#fff">'
                f"{number}</text></g>"
            )
        tip = f"<title>{escape(full)}</title>"
        lines.append(f'<g class="edge" data-advert="{edge.other_id}">{tip}{line}</g>')
        drawn.append(f'<g class="edge edge-text" data-advert="{edge.other_id}">{tip}{mark}</g>')

    parts = [
        f'<svg class="link-graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="Grafik {len(shown)} iklan terkait '
        f'dengan iklan #{center.advert_id}">',
        # Every line first, then the labels, so no line is drawn across a label.
        *lines,
        *drawn,
    ]
    for node in [center, *shown]:
        x, y = pos[node.advert_id]
        colour = BAND_COLOURS.get(node.band, "#7aa77f")
        ring = ' stroke="#13315c" stroke-width="4"' if node is center else ""
        ty, title = titles[node.advert_id]
        parts.append(
            f'<a href="/adverts/{node.advert_id}" class="node" data-advert="{node.advert_id}">'
            f"<title>#{node.advert_id} {escape(node.title)}</title>"
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{NODE_R}" fill="{colour}"{ring}/>'
            f'<text x="{x:.0f}" y="{y + 4:.0f}" text-anchor="middle" font-size="12" '
            f'font-weight="700" fill="#fff">#{node.advert_id}</text>'
            f'<text class="node-title" x="{x:.0f}" y="{ty:.0f}" text-anchor="middle" '
            f'dominant-baseline="central" font-size="11">{escape(title)}</text></a>'
        )
    parts.append("</svg>")
    if legend:
        parts.append('<ol class="graph-legend">')
        parts.extend(
            f'<li value="{n}" data-legend="{n}">#{other}: {escape(full)}</li>'
            for n, other, full in legend
        )
        parts.append("</ol>")
    return Markup("".join(parts))
