"""Reviewed decisions exported as training examples: ``waspada export labels -o FILE``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import User
from store.services import cases
from store.services.flags import reasons
from tests.investigator import seed
from tests.investigator.seed import World
from waspada.settings import Settings


def _decide(factory: sessionmaker[Session], world: World) -> None:
    with factory() as s:
        siti = s.scalar(select(User).where(User.username == "siti"))
    assert siti is not None

    def case_of(key: str) -> int:
        with factory() as s:
            case = cases.case_for_advert(s, world.ids[key])
            assert case is not None
            return case.id

    for key in ("scam0", "scam2", "legit1", "scam3"):
        cases.transition(factory, case_of(key), siti, "in_review")
    cases.transition(factory, case_of("scam0"), siti, "escalated", external_ref="LP/1",
                     escalated_to="police")  # fmt: skip
    cases.transition(factory, case_of("scam2"), siti, "escalated", external_ref="B/2",
                     escalated_to="bp3mi")  # fmt: skip
    cases.transition(factory, case_of("scam2"), siti, "closed")  # closed keeps its decision
    cases.transition(factory, case_of("legit1"), siti, "dismissed", reason="warung resmi")
    # scam3 stays in review: not decided, not exported.


def test_export_labels_cli(
    factory: sessionmaker[Session],
    world: World,
    settings: Settings,
    classified: dict[str, dict[str, Any]],
    tmp_path: Path,
) -> None:
    with factory() as s:
        has_case = cases.case_for_advert(s, world.ids["legit1"]) is not None
    if not has_case:  # the shipped model does not flag this one: dismiss a flagged scam instead
        world.ids["legit1"] = world.ids["scam7"]
    _decide(factory, world)
    out = tmp_path / "labels" / "review.jsonl"
    exe = str(Path(sys.executable).with_name("waspada"))
    env = {**os.environ, "WASPADA_DATABASE_URL": settings.database_url}
    done = subprocess.run([exe, "export", "labels", "-o", str(out)], capture_output=True,
                          text=True, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "wrote 3 labelled examples" in done.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_id = {x["id"]: x for x in lines}
    assert set(by_id) == {f"review-{world.ids[k]}" for k in ("scam0", "scam2", "legit1")}
    for example in lines:
        assert list(example) == ["id", "text", "channel", "lang", "suspicious", "red_flags",
                                 "origin"]  # fmt: skip
        assert example["origin"] == "review" and example["lang"] == "id"
    escalated = by_id[f"review-{world.ids['scam0']}"]
    assert escalated["suspicious"] is True
    # The flags with evidence: a model-only suspicion is no label to learn from.
    assert set(escalated["red_flags"]) == {
        f["code"] for f in reasons(classified["scam0"]["red_flags"])
    }
    assert escalated["text"] == f"{seed.TITLES['scam0']}\n{seed.TEXTS['scam0']}"
    assert escalated["channel"] == "job_board"
    assert by_id[f"review-{world.ids['scam2']}"]["suspicious"] is True  # closed after escalation
    dismissed = by_id[f"review-{world.ids['legit1']}"]
    assert dismissed["suspicious"] is False and dismissed["red_flags"] == []
    # To stdout as well (for a pipe).
    piped = subprocess.run([exe, "export", "labels"], capture_output=True, text=True, env=env,
                           timeout=60)  # fmt: skip
    assert piped.returncode == 0 and len(piped.stdout.splitlines()) == 3
