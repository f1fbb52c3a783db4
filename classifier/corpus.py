"""Reading the labelled corpus (``training_data/{train,dev,test}.jsonl``) and naming its version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from vocabulary.red_flags import RED_FLAGS

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    suspicious: bool
    red_flags: tuple[str, ...]
    title: str | None = None
    # Only in the real labelled adverts (``classifier.realdata``): a fact-checker judged the
    # offer fake, and where the text came from.
    known_fraud: bool | None = None
    source: str | None = None

    @property
    def flag_vector(self) -> list[int]:
        """One 0/1 per code in :data:`labels.RED_FLAGS` order."""
        return [int(code in self.red_flags) for code in RED_FLAGS]


def read_examples(path: str | Path) -> list[Example]:
    """Load one split; unknown red-flag codes are an error (a typo would silently drop a label)."""
    out: list[Example] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            flags = tuple(row.get("red_flags") or ())
            unknown = set(flags) - set(RED_FLAGS)
            if unknown:
                raise ValueError(f"{path}:{n}: unknown red-flag codes {sorted(unknown)}")
            out.append(
                Example(
                    id=str(row.get("id", n)),
                    text=row["text"],
                    suspicious=bool(row["suspicious"]),
                    red_flags=flags,
                    title=row.get("title") or None,
                    known_fraud=row.get("known_fraud"),
                    source=row.get("source"),
                )
            )
    return out


def read_unlabelled(path: str | Path) -> list[str]:
    """One advert per line; blank lines skipped. Missing file -> empty list."""
    p = Path(path)
    if not p.exists():
        return []
    with p.open(encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip()]


def data_version(data_dir: str | Path) -> str:
    """SHA-256 over the three split files, so a model records exactly which data made it."""
    h = hashlib.sha256()
    for split in SPLITS:
        p = Path(data_dir) / f"{split}.jsonl"
        h.update(split.encode())
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()
