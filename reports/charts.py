"""Small server-side charts: a line chart and a horizontal bar chart.

A chart is laid out once as a list of plain shapes (:class:`Chart`); :func:`to_svg` writes it
as inline SVG for the dashboard, and the PDF report draws the very same shapes with
reportlab (:mod:`reports.pdf`), so the page and the printed report cannot drift apart.
No JavaScript and no build step: every bar and point carries a ``<title>`` that browsers show
as a tooltip (and screen readers read).

Coordinates are SVG's: origin top-left, y pointing down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Literal

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK = "#1f2933"
MUTED = "#52606d"
GRID = "#d9dee3"
BLUE = "#2f6db5"
RED = "#c8102e"
# Readable on a phone: charts are drawn 480 units wide and scaled to the screen, so a 13-unit
# label stays about 10 px on a 375 px wide phone.
WIDTH = 480
LABEL_CHARS = 56

Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    tooltip: str = ""
    role: str = ""  # "bar" for data bars, so tests and CSS can find them


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    stroke: str
    width: float = 1.0
    dashed: bool = False
    role: str = ""  # "series" for data lines


@dataclass(frozen=True)
class Circle:
    x: float
    y: float
    r: float
    fill: str
    tooltip: str = ""


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 13
    anchor: Anchor = "start"
    fill: str = INK
    bold: bool = False
    rotate: float = 0  # degrees about (x, y), e.g. -90 for a vertical axis label


Shape = Rect | Line | Circle | Text


@dataclass
class Chart:
    kind: Literal["line", "bar"]
    title: str
    description: str
    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)


def nice_ticks(maximum: float, count: int = 4) -> list[float]:
    """0 and a few round steps (1, 2 or 5 times a power of ten) that reach ``maximum``."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)  # counts: no fractional ticks
    top = step * math.ceil(maximum / step)
    return [i * step for i in range(round(top / step) + 1)]


def _fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") if value == int(value) else f"{value:.1f}"


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def line_chart(
    title: str,
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    *,
    x_label: str,
    y_label: str,
    width: float = WIDTH,
    height: float = 300,
) -> Chart:
    """One line per ``(name, values, colour)`` over ``x_labels``, with a legend."""
    left, right, top, bottom = 56.0, 16.0, 64.0, 64.0
    chart = Chart("line", title, f"{y_label} per {x_label}", width, height)
    s = chart.shapes
    s.append(Text(width / 2, 22, title, size=16, anchor="middle", bold=True))
    # Legend under the title.
    lx = left
    for name, _, colour in series:
        s.append(Line(((lx, 44), (lx + 22, 44)), colour, width=3))
        s.append(Text(lx + 28, 48, name, size=13))
        lx += 40 + 8 * len(name)
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, vals, _ in series for v in vals]
    ticks = nice_ticks(max(values, default=0))
    y_max = ticks[-1]

    def y_of(v: float) -> float:
        return top + plot_h - (v / y_max) * plot_h

    for t in ticks:
        y = y_of(t)
        s.append(Line(((left, y), (left + plot_w, y)), GRID, dashed=t > 0))
        s.append(Text(left - 6, y + 4, _fmt(t), size=12, anchor="end", fill=MUTED))
    n = len(x_labels)
    step = plot_w / max(n - 1, 1)

    def x_of(i: int) -> float:
        return left + (i * step if n > 1 else plot_w / 2)

    every = max(1, math.ceil(n / 6))  # at most ~6 x labels, so they never overlap on a phone
    for i, label in enumerate(x_labels):
        if i % every == 0 or i == n - 1:
            s.append(Text(x_of(i), top + plot_h + 18, label, size=12, anchor="middle", fill=MUTED))
    s.append(Line(((left, top), (left, top + plot_h)), INK))
    s.append(Line(((left, top + plot_h), (left + plot_w, top + plot_h)), INK))
    s.append(Text(left + plot_w / 2, height - 12, x_label, size=13, anchor="middle"))
    s.append(Text(16, top + plot_h / 2, y_label, size=13, anchor="middle", rotate=-90))
    if not n:
        s.append(Text(width / 2, top + plot_h / 2, "Tidak ada data", anchor="middle", fill=MUTED))
        return chart
    for name, vals, colour in series:
        pts = tuple((x_of(i), y_of(v)) for i, v in enumerate(vals))
        s.append(Line(pts, colour, width=2.5, role="series"))
        for (x, y), label, v in zip(pts, x_labels, vals, strict=True):
            s.append(Circle(x, y, 4, colour, tooltip=f"{label}: {_fmt(v)} {name.lower()}"))
    return chart


def bar_chart(
    title: str,
    items: Sequence[tuple[str, float]],
    *,
    category_label: str,
    value_label: str,
    colour: str = BLUE,
    width: float = WIDTH,
) -> Chart:
    """Horizontal bars, each with its label on the line above it: long Indonesian labels
    ("Dokumen dipalsukan/ditahan") stay whole and the bars keep the full width on a phone."""
    left, right, top, row, bottom = 8.0, 44.0, 58.0, 42.0, 46.0
    n = max(len(items), 1)
    height = top + row * n + bottom
    chart = Chart("bar", title, f"{value_label} per {category_label}", width, height)
    s = chart.shapes
    s.append(Text(width / 2, 22, title, size=16, anchor="middle", bold=True))
    s.append(Text(left, 46, category_label, size=12, fill=MUTED))
    plot_w = width - left - right
    plot_bottom = top + row * n
    if not items:
        s.append(Text(width / 2, top + row / 2 + 4, "Tidak ada data", anchor="middle", fill=MUTED))
    ticks = nice_ticks(max((v for _, v in items), default=0), count=3)
    v_max = ticks[-1]
    # A value axis under the bars (no grid lines: they would cross the labels above the bars,
    # and each bar carries its value anyway).
    s.append(Line(((left, plot_bottom), (left + plot_w, plot_bottom)), INK))
    for t in ticks:
        x = left + (t / v_max) * plot_w
        s.append(Line(((x, plot_bottom), (x, plot_bottom + 4)), INK))
        s.append(Text(x, plot_bottom + 17, _fmt(t), size=12, anchor="middle", fill=MUTED))
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = (value / v_max) * plot_w
        s.append(Text(left, y + 15, _short(label), size=14))
        s.append(Rect(left, y + 21, max(w, 1.5), 15, colour, f"{label}: {_fmt(value)}", "bar"))
        s.append(Text(left + w + 5, y + 33, _fmt(value), size=14, bold=True))
    s.append(Text(left + plot_w / 2, height - 10, value_label, size=13, anchor="middle"))
    return chart


# ---------------------------------------------------------------- SVG


def _svg_shape(shape: Shape) -> str:
    if isinstance(shape, Rect):
        cls = f' class="{shape.role}"' if shape.role else ""
        tip = f"<title>{escape(shape.tooltip)}</title>" if shape.tooltip else ""
        return (
            f'<rect{cls} x="{shape.x:.1f}" y="{shape.y:.1f}" width="{shape.w:.1f}" '
            f'height="{shape.h:.1f}" fill="{shape.fill}">{tip}</rect>'
        )
    if isinstance(shape, Line):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in shape.points)
        cls = f' class="{shape.role}"' if shape.role else ""
        dash = ' stroke-dasharray="3 3"' if shape.dashed else ""
        return (
            f'<polyline{cls} points="{pts}" fill="none" stroke="{shape.stroke}" '
            f'stroke-width="{shape.width}"{dash} stroke-linejoin="round"/>'
        )
    if isinstance(shape, Circle):
        tip = f"<title>{escape(shape.tooltip)}</title>" if shape.tooltip else ""
        return (
            f'<circle cx="{shape.x:.1f}" cy="{shape.y:.1f}" r="{shape.r}" '
            f'fill="{shape.fill}">{tip}</circle>'
        )
    weight = ' font-weight="bold"' if shape.bold else ""
    rot = f' transform="rotate({shape.rotate} {shape.x:.1f} {shape.y:.1f})"' if shape.rotate else ""
    return (
        f'<text x="{shape.x:.1f}" y="{shape.y:.1f}" font-size="{shape.size}" '
        f'text-anchor="{shape.anchor}" fill="{shape.fill}"{weight}{rot}>{escape(shape.text)}</text>'
    )


def to_svg(chart: Chart, ident: str) -> str:
    """Inline SVG; ``ident`` must be unique in the page (it names the title for a11y)."""
    body = "".join(_svg_shape(s) for s in chart.shapes)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{chart.kind}" '
        f'id="{escape(ident)}" viewBox="0 0 {chart.width:.0f} {chart.height:.0f}" '
        f'role="img" aria-labelledby="{escape(ident)}-t {escape(ident)}-d" '
        f'font-family="{escape(FONT)}">'
        f'<title id="{escape(ident)}-t">{escape(chart.title)}</title>'
        f'<desc id="{escape(ident)}-d">{escape(chart.description)}</desc>'
        f"{body}</svg>"
    )
