"""The monthly report as PDF (reportlab), in Bahasa Indonesia.

Page 1 is the one-page summary the task force's leadership reads (headline figures, the
queue's precision, the weekly trend and the red flags); the next pages hold the breakdowns,
the linked clusters and the escalated cases with their external references. Charts are the
dashboard's own (:mod:`reports.charts`), drawn as vector shapes, not pictures. Text is set in
Bitstream Vera, which ships inside reportlab, so the PDF embeds its font and renders the same
on every machine (the 14 standard PDF fonts cannot show characters outside Latin-1).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.graphics.shapes import Circle as RLCircle
from reportlab.graphics.shapes import Drawing, Group, PolyLine, String
from reportlab.graphics.shapes import Rect as RLRect
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepInFrame, KeepTogether

from reports import charts, present
from reports.monthly import Report
from vocabulary.names import DECISION_LABELS, label

FONT, FONT_BOLD = "WaspadaVera", "WaspadaVera-Bold"
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
MARGIN = 16 * mm
CONTENT_W = A4[0] - 2 * MARGIN
TITLE_MAX = 90  # characters of an advert title in the cases table
SUMMARY_CHARTS_H = 500.0  # what is left of page 1 under the headline figures


def _x(text: str) -> str:
    """Text from the data (advert titles, names, references) for a Paragraph, which reads
    markup: an advert titled "<b>" must print as written, not restyle or break the report."""
    return escape(text)


def _register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(_FONT_DIR / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(_FONT_DIR / "VeraBd.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=17, leading=21),
        "sub": ParagraphStyle(
            "sub", base, fontSize=9, leading=12, textColor=colors.HexColor(charts.MUTED)
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
        ),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "h3": ParagraphStyle(
            "h3", base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3
        ),
        "small": ParagraphStyle(
            "small", base, fontSize=8, leading=10.5, textColor=colors.HexColor(charts.MUTED)
        ),
    }


def drawing(chart: charts.Chart, width: float) -> Drawing:
    """The chart's shapes as a reportlab Drawing, scaled to ``width`` points."""
    scale = width / chart.width
    h = chart.height
    d = Drawing(chart.width * scale, chart.height * scale)
    g = Group()
    for s in chart.shapes:
        if isinstance(s, charts.Rect):
            g.add(
                RLRect(
                    s.x,
                    h - s.y - s.h,
                    s.w,
                    s.h,
                    fillColor=colors.HexColor(s.fill),
                    strokeColor=None,
                )
            )
        elif isinstance(s, charts.Line):
            pts = [c for x, y in s.points for c in (x, h - y)]
            g.add(
                PolyLine(
                    pts,
                    strokeColor=colors.HexColor(s.stroke),
                    strokeWidth=s.width,
                    strokeDashArray=[3, 3] if s.dashed else None,
                )
            )
        elif isinstance(s, charts.Circle):
            g.add(RLCircle(s.x, h - s.y, s.r, fillColor=colors.HexColor(s.fill), strokeColor=None))
        else:
            text = String(
                0,
                0,
                s.text,
                fontName=FONT_BOLD if s.bold else FONT,
                fontSize=s.size,
                fillColor=colors.HexColor(s.fill),
                textAnchor=s.anchor,
            )
            label = Group(text)
            label.translate(s.x, h - s.y)
            # SVG turns clockwise with y pointing down; PDF's y points up, so the sign flips.
            label.rotate(-s.rotate)
            g.add(label)
    g.scale(scale, scale)
    d.add(g)
    return d


def _table(
    data: list[list[Any]], widths: list[float], *, header: bool = True, numeric_cols: int = 1
) -> Table:
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(charts.GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_cols:  # (-0 would be column 0: every column)
        style.append(("ALIGN", (-numeric_cols, 0), (-1, -1), "RIGHT"))
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
        ]
    t.setStyle(TableStyle(style))
    return t


def _headline_table(report: Report) -> Table:
    figs = present.headline(report.stats)
    half = (len(figs) + 1) // 2
    left, right = figs[:half], figs[half:]
    data = []
    for i in range(half):
        row = [left[i].label, left[i].value]
        row += [right[i].label, right[i].value] if i < len(right) else ["", ""]
        data.append(row)
    w = CONTENT_W / 2
    t = Table(data, colWidths=[w * 0.68, w * 0.32, w * 0.68, w * 0.32])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("FONT", (1, 0), (1, -1), FONT_BOLD, 11),
                ("FONT", (3, 0), (3, -1), FONT_BOLD, 11),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(charts.GRID)),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(charts.MUTED)),
                ("LINEAFTER", (1, 0), (1, -1), 0.5, colors.HexColor(charts.MUTED)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return t


def _summary_sentence(report: Report) -> str:
    s, o = report.stats, report.stats.outcomes
    text = (
        f"Dalam periode ini {present.number(s.adverts_crawled)} iklan baru dirayapi dan "
        f"{present.number(s.adverts_flagged)} iklan ditandai untuk ditinjau. Investigator "
        f"memutuskan {present.number(s.cases_reviewed)} kasus: {present.number(o.escalated)} "
        f"dieskalasi dan {present.number(o.dismissed)} ditandai bukan pelanggaran"
    )
    if o.precision is not None:
        text += f" (presisi antrean {present.percent(o.precision)})"
    return text + f". Pada akhir periode {present.number(o.open)} kasus masih terbuka."


def _counts_block(
    blocks: list[tuple[str, str, list[tuple[str, int]]]], styles: dict[str, ParagraphStyle]
) -> Table:
    """Small count tables side by side (title, column heading, rows)."""
    gap = 10.0
    w = (CONTENT_W - gap * (len(blocks) - 1)) / len(blocks)
    cells: list[Any] = []
    for title, heading, rows in blocks:
        data: list[list[Any]] = [[heading, "Jumlah"]]
        data += [[Paragraph(_x(label), styles["cell"]), present.number(n)] for label, n in rows]
        if not rows:
            data.append([Paragraph("Tidak ada data", styles["cell"]), ""])
        cells.append([Paragraph(title, styles["h3"]), _table(data, [w * 0.72, w * 0.28])])
    outer = Table([cells], colWidths=[w + gap] * (len(blocks) - 1) + [w])
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -2), gap),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _footer(report: Report) -> Any:
    generated = present.date_id(report.stats.generated_at)

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor(charts.MUTED))
        canvas.drawString(
            MARGIN,
            9 * mm,
            f"Waspada · Gugus Tugas TPPO · {report.title} · dibuat {generated}",
        )
        canvas.drawRightString(A4[0] - MARGIN, 9 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    return draw


def render_pdf(report: Report) -> bytes:
    _register_fonts()
    st = _styles()
    s = report.stats
    region = s.region or "Semua wilayah"
    story: list[Flowable] = [
        Paragraph(_x(report.title), st["title"]),
        Paragraph(
            f"Gugus Tugas Pencegahan dan Penanganan TPPO · Wilayah: {_x(region)} · Periode: "
            f"{present.period_label(s)} (WIB) · Versi model: {_x(report.model_version)}",
            st["sub"],
        ),
        Spacer(1, 8),
        _headline_table(report),
        Spacer(1, 6),
        Paragraph(_summary_sentence(report), st["body"]),
        Spacer(1, 6),
        # Shrunk if need be so that the summary stays on one page with all twelve codes
        # (tests/reports/test_rendering.py renders a month with every code of the taxonomy).
        KeepInFrame(
            CONTENT_W,
            SUMMARY_CHARTS_H,
            [
                drawing(present.trend_chart(s), CONTENT_W * 0.76),
                drawing(present.codes_chart(s), CONTENT_W * 0.76),
            ],
            mode="shrink",
            hAlign="CENTER",
            vAlign="TOP",
        ),
        PageBreak(),
        Paragraph("Rincian iklan yang ditandai", st["title"]),
        Spacer(1, 4),
        drawing(present.destinations_chart(s), CONTENT_W * 0.78),
    ]
    story.append(
        _counts_block(
            [
                (
                    "Per sumber",
                    "Sumber",
                    [(present.source_label(c.key), c.count) for c in s.by_source],
                ),
                (
                    "Per saluran",
                    "Saluran",
                    [(present.channel_label(c.key), c.count) for c in s.by_channel],
                ),
                (
                    "Cek oleh warga",
                    "Hasil",
                    [(present.band_label(c.key), c.count) for c in s.citizen_checks],
                ),
            ],
            st,
        )
    )
    story.append(
        Paragraph("Klaster terhubung (nomor dan agensi di balik iklan terbanyak)", st["h2"])
    )
    if s.clusters:
        data: list[list[Any]] = [["Jenis", "Nilai", "Iklan", "Dieskalasi"]]
        data += [
            [
                present.KIND_LABELS.get(c.kind, c.kind),
                Paragraph(_x(c.value), st["cell"]),
                str(c.adverts),
                str(c.escalated_adverts),
            ]
            for c in s.clusters
        ]
        story.append(_table(data, [CONTENT_W * f for f in (0.2, 0.5, 0.12, 0.18)], numeric_cols=2))
    else:
        story.append(
            Paragraph("Tidak ada nomor atau agensi di balik dua iklan atau lebih.", st["body"])
        )
    story.append(
        Paragraph(
            "Nomor telepon dan WhatsApp disamarkan kecuali salah satu iklannya sudah "
            "dieskalasi. Laporan ini hanya memuat angka agregat; tidak ada data kontak warga.",
            st["small"],
        )
    )
    story.append(Paragraph("Kasus yang dieskalasi", st["h2"]))
    if s.escalated_cases:
        cases: list[list[Any]] = [["Kasus", "Iklan", "Keputusan", "Rujukan eksternal", "Tanggal"]]
        for c in s.escalated_cases:
            title = c.title if len(c.title) <= TITLE_MAX else c.title[: TITLE_MAX - 1] + "…"
            cases.append(
                [
                    f"#{c.case_id}",
                    Paragraph(_x(title or f"iklan #{c.advert_id}"), st["cell"]),
                    Paragraph(_x(label(DECISION_LABELS, c.decision) or "-"), st["cell"]),
                    Paragraph(_x(c.external_ref or "-"), st["cell"]),
                    present.date_id(c.decided_at),
                ]
            )
        story.append(
            _table(cases, [CONTENT_W * f for f in (0.08, 0.32, 0.18, 0.24, 0.18)], numeric_cols=0)
        )
    else:
        story.append(Paragraph("Tidak ada kasus yang dieskalasi dalam periode ini.", st["body"]))
    story.append(
        KeepTogether(
            [
                Paragraph("Cara menghitung", st["h2"]),
                Paragraph(present.HOW_COUNTED, st["small"]),
            ]
        )
    )
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=report.title,
        author="Waspada",
        subject="Laporan bulanan Gugus Tugas TPPO",
    )
    footer = _footer(report)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
