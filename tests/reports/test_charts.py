"""The SVG charts parse as XML, carry a title, axis labels and a tooltip per data point."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from reports import charts

SVG = "{http://www.w3.org/2000/svg}"


def test_bar_chart_svg() -> None:
    items = [("Gaji tidak wajar", 12), ("Dokumen dipalsukan/ditahan", 3), ("Biaya di muka", 0)]
    svg = charts.to_svg(
        charts.bar_chart("Per kode", items, category_label="Kode", value_label="Iklan"), "c1"
    )
    root = ET.fromstring(svg)
    assert root.get("viewBox", "").startswith("0 0 ")
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}title").text == "Per kode"  # type: ignore[union-attr]
    bars = root.findall(f"{SVG}rect[@class='bar']")
    assert [b.find(f"{SVG}title").text for b in bars] == [  # type: ignore[union-attr]
        "Gaji tidak wajar: 12",
        "Dokumen dipalsukan/ditahan: 3",
        "Biaya di muka: 0",
    ]
    widths = [float(b.get("width", 0)) for b in bars]
    assert widths[0] > widths[1] * 3.5 and widths[2] < 2  # proportional; a zero stays visible
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Kode" in texts and "Iklan" in texts  # axis labels
    assert "Dokumen dipalsukan/ditahan" in texts  # whole, not cut


def test_line_chart_svg_and_escaping() -> None:
    chart = charts.line_chart(
        "Tren <mingguan>",
        ["W44", "W45", "W46"],
        [("Dirayapi", [1, 5, 2], charts.BLUE), ("Ditandai", [0, 3, 1], charts.RED)],
        x_label="Minggu",
        y_label="Jumlah iklan",
    )
    root = ET.fromstring(charts.to_svg(chart, "c2"))
    lines = root.findall(f"{SVG}polyline[@class='series']")
    assert len(lines) == 2 and all(len(pl.get("points", "").split()) == 3 for pl in lines)
    tips = [c.find(f"{SVG}title").text for c in root.iter(f"{SVG}circle")]  # type: ignore[union-attr]
    assert "W45: 5 dirayapi" in tips and "W46: 1 ditandai" in tips
    assert root.find(f"{SVG}title").text == "Tren <mingguan>"  # type: ignore[union-attr]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Minggu" in texts and "Jumlah iklan" in texts
    # The axis reaches past the highest value (ticks 0, 2, 4, 6): no point above the plot.
    assert texts[texts.index("0") : texts.index("0") + 4] == ["0", "2", "4", "6"]
    plot_top = min(
        float(pl.get("points", "0,0").split()[0].split(",")[1])
        for pl in root.iter(f"{SVG}polyline")
        if pl.get("stroke") == charts.GRID
    )
    assert min(float(c.get("cy", 0)) for c in root.iter(f"{SVG}circle")) > plot_top


def test_empty_charts_say_so() -> None:
    bar = charts.to_svg(charts.bar_chart("B", [], category_label="K", value_label="V"), "b")
    line = charts.to_svg(charts.line_chart("L", [], [], x_label="X", y_label="Y"), "l")
    assert "Tidak ada data" in bar and "Tidak ada data" in line
    ET.fromstring(bar)
    ET.fromstring(line)


def test_nice_ticks() -> None:
    assert charts.nice_ticks(0) == [0.0, 1.0]
    assert charts.nice_ticks(3) == [0.0, 1.0, 2.0, 3.0]
    assert charts.nice_ticks(47) == [0.0, 20.0, 40.0, 60.0]
    assert charts.nice_ticks(1000)[-1] >= 1000
