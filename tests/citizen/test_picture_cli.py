"""``waspada check --picture FILE``: a flyer checked from the command line, the words read
printed first; a file that is no picture gets the citizens' message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app as cli_app
from tests.fixture_adverts import SCAMS
from tests.picture_adverts import STYLES

pytestmark = pytest.mark.slow


def test_check_a_picture_from_the_command_line(tmp_path: Path) -> None:
    flyer = tmp_path / "loker.png"
    STYLES["chat"](SCAMS[2]).save(flyer)
    runner = CliRunner()
    result = runner.invoke(cli_app, ["check", "--picture", str(flyer), "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["band"] == "high" and answer["input"]["kind"] == "image"
    assert "Rp 3.500.000" in answer["input"]["text"]

    result = runner.invoke(cli_app, ["check", "--picture", str(flyer)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Tulisan yang kami baca:\nPeluang kerja ke Malaysia")
    assert "Berbahaya (nilai risiko" in result.stdout

    fake = tmp_path / "bukan.png"
    fake.write_text("bukan gambar")
    result = runner.invoke(cli_app, ["check", "--picture", str(fake)])
    assert result.exit_code == 2
    assert "bukan gambar atau PDF" in result.output
