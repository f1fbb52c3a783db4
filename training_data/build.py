#!/usr/bin/env python3
"""Build the Waspada training corpus from the per-slice source files.

Steps (each an importable function; ``main`` only wires them together):

1. read ``sources/<slice>.jsonl`` (or ``sources/<slice>.hand.jsonl`` while the combined file
   does not exist yet) and validate every line against the schema;
2. drop exact duplicates (normalised text) keeping the first, and report label conflicts;
3. find near-duplicates with MinHash LSH (word 3-shingles, Jaccard >= 0.7) and report the rate;
4. split whole near-duplicate clusters into train/dev/test by a stable hash, check
   stratification, and assert that no near-duplicate pair crosses a split;
5. run the "template leak" check (a logistic regression on layout-only features);
6. write the splits, ``unlabelled.txt`` (train texts + real Karirhub vacancies), ``stats.json``
   and the counts section of ``README.md``.

Run: ``.venv/bin/python training_data/build.py`` (``--help`` for options). Only the standard
library, datasketch, scikit-learn and numpy are used, so the script runs without the package.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from vocabulary.red_flags import RED_FLAG_LABELS

HERE = Path(__file__).resolve().parent

# --- the schema -----------------------------------------------------------------------------

# The red-flag codes and labels: the product's one vocabulary (docs/red_flags.md).
CODES: dict[str, str] = RED_FLAG_LABELS
LANGS = ("id", "en", "ms")
CHANNELS = (
    "whatsapp",
    "telegram",
    "facebook",
    "instagram_tiktok",
    "job_board",
    "loker_blog",
    "agency_announcement",
    "news_classified",
    "government_notice",
    "citizen_tip",  # adverts citizens sent in, exported by `waspada export labels`
)
# "review": investigators' decisions exported by `waspada export labels` (put the file in
# sources/ to learn from them at the next build).
ORIGINS = ("hand", "generated", "karirhub", "review")
# The first five slices mix hand-written and generated adverts; the ``fresh_*`` slices are a
# second round of hand-written adverts only, each by another writer (see the data card).
SLICES = ("wa_telegram", "social", "boards", "agency_gov", "en_ms",
          "fresh_chat", "fresh_social", "fresh_formal", "fresh_boards", "fresh_en_ms",
          "fresh_short", "fresh_hardneg", "fresh_subtle", "fresh_regional", "fresh_long")
REQUIRED = ("id", "text", "channel", "lang", "suspicious", "red_flags", "origin")
OUTPUT_FIELDS = (*REQUIRED, "attribution")
SPLITS = ("train", "dev", "test")

# --- near-duplicate parameters ----------------------------------------------------------------
# Word 3-shingles on the normalised text, Jaccard >= 0.7: two adverts that share 70 % of their
# three-word phrases are the same advert with a few slots (name, town, number, emoji) swapped;
# below that, template-mates from one generator already differ in several clauses. LSH is run
# at a lower threshold (0.5) only to collect candidates, and every candidate pair is confirmed
# with the exact Jaccard of the shingle sets, so LSH misses near 0.7 are unlikely.
SHINGLE = 3
NEAR_DUP_THRESHOLD = 0.7
LSH_CANDIDATE_THRESHOLD = 0.5
NUM_PERM = 128
MINHASH_SEED = 1

# --- split parameters --------------------------------------------------------------------------
# A cluster goes to train if its hash bucket (0-99) is below the first bound, to dev below the
# second, else to test. Clusters holding a hand-written advert use wider test buckets so that the
# test split is "harder" (more hand-written text, less generator output): ~70/10/20 for those
# and ~80/10/10 for the rest, giving roughly 77/10/13 overall.
SPLIT_SALT = "waspada-corpus-v1"
SPLIT_BOUNDS = {"default": (80, 90), "hand": (70, 80)}

# A cached Karirhub vacancy sharing half of its (or the advert's) 3-shingles with a labelled
# advert is that advert's source text.
UNLABELLED_OVERLAP = 0.5
STATS_BEGIN = "<!-- stats:begin -->"
STATS_END = "<!-- stats:end -->"


def say(msg: str = "") -> None:
    """Progress and report lines go to stdout (the script is a report as much as a build)."""
    sys.stdout.write(msg + "\n")


# --- loading and validation ---------------------------------------------------------------------


@dataclass
class Advert:
    id: str
    text: str
    channel: str
    lang: str
    suspicious: bool
    red_flags: list[str]
    origin: str
    slice: str
    where: str  # "file:line"
    attribution: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in REQUIRED}
        if self.attribution:
            out["attribution"] = self.attribution
        return out


@dataclass
class LoadReport:
    adverts: list[Advert] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)  # "file:line: reason"
    warnings: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # slice -> file name used
    ignored_files: list[str] = field(default_factory=list)


def validate_record(obj: Any) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for one decoded JSON line."""
    if not isinstance(obj, dict):
        return ["not a JSON object"], []
    errors: list[str] = []
    warnings: list[str] = []
    for key in REQUIRED:
        if key not in obj:
            errors.append(f"missing field {key!r}")
    extra = sorted(set(obj) - set(OUTPUT_FIELDS))
    if extra:
        warnings.append(f"unknown field(s) {extra} dropped")
    if "id" in obj and (not isinstance(obj["id"], str) or not obj["id"].strip()):
        errors.append("id must be a non-empty string")
    if "text" in obj and (not isinstance(obj["text"], str) or not obj["text"].strip()):
        errors.append("text must be a non-empty string")
    if "channel" in obj and obj["channel"] not in CHANNELS:
        errors.append(f"channel {obj['channel']!r} not in {list(CHANNELS)}")
    if "lang" in obj and obj["lang"] not in LANGS:
        errors.append(f"lang {obj['lang']!r} not in {list(LANGS)}")
    if "suspicious" in obj and not isinstance(obj["suspicious"], bool):
        errors.append("suspicious must be true or false")
    if "origin" in obj and obj["origin"] not in ORIGINS:
        errors.append(f"origin {obj['origin']!r} not in {list(ORIGINS)}")
    flags = obj.get("red_flags")
    if "red_flags" in obj:
        if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
            errors.append("red_flags must be a list of strings")
        else:
            unknown = [f for f in flags if f not in CODES]
            if unknown:
                errors.append(f"unknown red-flag code(s) {unknown}")
            if len(set(flags)) != len(flags):
                errors.append("red_flags has a repeated code")
    attribution = obj.get("attribution")
    if attribution is not None and (not isinstance(attribution, str) or not attribution.strip()):
        errors.append("attribution, when present, must be a non-empty string")
    if obj.get("origin") == "karirhub" and not attribution:
        errors.append("origin 'karirhub' needs an attribution (MIT licence)")
    return errors, warnings


def source_files(src_dir: Path) -> tuple[dict[str, Path], list[str]]:
    """Map each slice to the file to read: ``<slice>.jsonl`` if present, else the hand file.

    Other ``<slice>.<part>.jsonl`` files are a writer's intermediate parts and are ignored.
    """
    combined: dict[str, Path] = {}
    hand: dict[str, Path] = {}
    ignored: list[str] = []
    for path in sorted(src_dir.glob("*.jsonl")):
        name = path.name
        if name.endswith(".hand.jsonl"):
            hand[name[: -len(".hand.jsonl")]] = path
        elif name.count(".") == 1:
            combined[name[: -len(".jsonl")]] = path
        else:
            ignored.append(name)
    chosen = {s: combined.get(s) or hand[s] for s in sorted(set(combined) | set(hand))}
    ignored += [p.name for s, p in hand.items() if chosen[s] != p]
    return chosen, ignored


def load_file(path: Path, slice_name: str, report: LoadReport, seen_ids: dict[str, str]) -> None:
    """Validate every line of one file, appending good adverts and bad-line reasons."""
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                report.bad.append(f"{where}: invalid JSON ({exc.msg})")
                continue
            errors, warnings = validate_record(obj)
            if not errors and obj["id"] in seen_ids:
                errors.append(f"id {obj['id']!r} already used at {seen_ids[obj['id']]}")
            report.warnings += [f"{where}: {w}" for w in warnings]
            if errors:
                report.bad.append(f"{where}: " + "; ".join(errors))
                continue
            seen_ids[obj["id"]] = where
            report.adverts.append(
                Advert(
                    id=obj["id"],
                    text=obj["text"],
                    channel=obj["channel"],
                    lang=obj["lang"],
                    suspicious=obj["suspicious"],
                    red_flags=list(obj["red_flags"]),
                    origin=obj["origin"],
                    slice=slice_name,
                    where=where,
                    attribution=obj.get("attribution"),
                )
            )


def load_sources(src_dir: Path) -> LoadReport:
    report = LoadReport()
    files, report.ignored_files = source_files(src_dir)
    seen_ids: dict[str, str] = {}
    for slice_name, path in files.items():
        report.files[slice_name] = path.name
        load_file(path, slice_name, report, seen_ids)
    return report


# --- normalisation, shingles, MinHash ---------------------------------------------------------

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """NFKC, lowercase, every run of digits masked to ``0``, whitespace collapsed.

    Digits are masked so that two copies differing only in phone number, salary figure or
    licence number count as the same advert.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = _DIGITS.sub("0", text)
    return _WS.sub(" ", text).strip()


def shingles(text: str, k: int = SHINGLE) -> frozenset[str]:
    """Word k-shingles of the normalised text (punctuation and emoji are not words)."""
    words = _WORD.findall(normalise(text))
    if len(words) < k:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def minhash(sh: Iterable[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def _lsh() -> MinHashLSH:
    return MinHashLSH(threshold=LSH_CANDIDATE_THRESHOLD, num_perm=NUM_PERM)


def near_duplicate_pairs(
    texts: Sequence[str], threshold: float = NEAR_DUP_THRESHOLD
) -> list[tuple[int, int, float]]:
    """All pairs (i < j) whose word-3-shingle Jaccard is >= threshold, found via MinHash LSH
    candidates and confirmed exactly."""
    sets = [shingles(t) for t in texts]
    hashes = [minhash(s) for s in sets]
    lsh = _lsh()
    for i, m in enumerate(hashes):
        lsh.insert(i, m)
    pairs: list[tuple[int, int, float]] = []
    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            if j > i:
                sim = jaccard(sets[i], sets[j])
                if sim >= threshold:
                    pairs.append((i, j, sim))
    return sorted(pairs)


def cross_split_near_duplicates(
    splits: dict[str, Sequence[str]], threshold: float = NEAR_DUP_THRESHOLD
) -> list[tuple[str, int, str, int, float]]:
    """Near-duplicate pairs whose members lie in different splits: every split's texts are
    queried against an LSH index of every other split, and candidates confirmed exactly."""
    names = list(splits)
    sets = {n: [shingles(t) for t in splits[n]] for n in names}
    hashes = {n: [minhash(s) for s in sets[n]] for n in names}
    found: list[tuple[str, int, str, int, float]] = []
    for a_pos, a in enumerate(names):
        lsh = _lsh()
        for i, m in enumerate(hashes[a]):
            lsh.insert(i, m)
        for b in names[a_pos + 1 :]:
            for j, m in enumerate(hashes[b]):
                for i in lsh.query(m):
                    sim = jaccard(sets[a][i], sets[b][j])
                    if sim >= threshold:
                        found.append((a, i, b, j, sim))
    return found


def components(n: int, pairs: Iterable[tuple[int, int, float]]) -> list[int]:
    """Union-find over near-duplicate pairs: returns a component root for each index."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(n)]


# --- exact dedupe ---------------------------------------------------------------------------


def exact_dedupe(adverts: list[Advert]) -> tuple[list[Advert], list[dict[str, Any]]]:
    """Keep the first advert of each normalised text; return the dropped ones with conflicts."""
    kept: dict[str, Advert] = {}
    dropped: list[dict[str, Any]] = []
    for ad in adverts:
        key = normalise(ad.text)
        first = kept.get(key)
        if first is None:
            kept[key] = ad
            continue
        conflict = None
        if first.suspicious != ad.suspicious:
            conflict = "verdict"
        elif set(first.red_flags) != set(ad.red_flags):
            conflict = "red_flags"
        dropped.append({"id": ad.id, "kept": first.id, "where": ad.where, "conflict": conflict})
    return list(kept.values()), dropped


# --- splitting -----------------------------------------------------------------------------


def split_of(cluster_key: str, has_hand: bool) -> str:
    """Stable split for a cluster, from the SHA-256 of its smallest id."""
    digest = hashlib.sha256(f"{SPLIT_SALT}:{cluster_key}".encode()).hexdigest()
    bucket = int(digest[:8], 16) % 100
    train_end, dev_end = SPLIT_BOUNDS["hand" if has_hand else "default"]
    if bucket < train_end:
        return "train"
    return "dev" if bucket < dev_end else "test"


def assign_splits(adverts: list[Advert], roots: list[int]) -> dict[str, list[Advert]]:
    members: dict[int, list[Advert]] = defaultdict(list)
    for ad, root in zip(adverts, roots, strict=True):
        members[root].append(ad)
    split_by_root = {
        root: split_of(min(a.id for a in ads), any(a.origin == "hand" for a in ads))
        for root, ads in members.items()
    }
    out: dict[str, list[Advert]] = {s: [] for s in SPLITS}
    for ad, root in zip(adverts, roots, strict=True):
        out[split_by_root[root]].append(ad)
    return out


# --- descriptive statistics ----------------------------------------------------------------


def share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def describe(adverts: Sequence[Advert]) -> dict[str, Any]:
    n = len(adverts)
    codes = Counter(f for a in adverts for f in a.red_flags)
    return {
        "n": n,
        "suspicious": sum(a.suspicious for a in adverts),
        "suspicious_share": share(sum(a.suspicious for a in adverts), n),
        "codes": {c: codes.get(c, 0) for c in CODES},
        "lang": dict(sorted(Counter(a.lang for a in adverts).items())),
        "channel": {c: k for c in CHANNELS if (k := sum(a.channel == c for a in adverts))},
        "slice": dict(sorted(Counter(a.slice for a in adverts).items())),
        "origin": {o: k for o in ORIGINS if (k := sum(a.origin == o for a in adverts))},
        "flags_per_advert": {
            "suspicious": round(
                float(np.mean([len(a.red_flags) for a in adverts if a.suspicious] or [0])), 2
            ),
            "legit": round(
                float(np.mean([len(a.red_flags) for a in adverts if not a.suspicious] or [0])), 2
            ),
        },
    }


def stratification(splits: dict[str, list[Advert]]) -> dict[str, Any]:
    """Largest absolute gap (in share points) between a split and the whole corpus."""
    everyone = [a for s in SPLITS for a in splits[s]]
    out: dict[str, Any] = {}
    for attr in ("suspicious", "lang", "channel", "slice", "origin"):
        values = sorted({str(getattr(a, attr)) for a in everyone})
        overall = {v: share(sum(str(getattr(a, attr)) == v for a in everyone), len(everyone))
                   for v in values}
        gaps = {}
        for s in SPLITS:
            n = len(splits[s])
            gaps[s] = round(max(
                abs(share(sum(str(getattr(a, attr)) == v for a in splits[s]), n) - overall[v])
                for v in values
            ), 4) if n else None
        out[attr] = {"overall": overall, "max_gap": gaps}
    return out


def near_dup_report(
    adverts: list[Advert], pairs: list[tuple[int, int, float]], roots: list[int]
) -> dict[str, Any]:
    has_nd = [False] * len(adverts)
    by_origin_pair: Counter[str] = Counter()
    by_slice_pair: Counter[str] = Counter()
    verdict_conflicts = []
    for i, j, sim in pairs:
        has_nd[i] = has_nd[j] = True
        a, b = adverts[i], adverts[j]
        by_origin_pair["/".join(sorted((a.origin, b.origin)))] += 1
        by_slice_pair["/".join(sorted((a.slice, b.slice)))] += 1
        if a.suspicious != b.suspicious:
            verdict_conflicts.append({"a": a.id, "b": b.id, "jaccard": round(sim, 3)})

    def rate(group: str) -> dict[str, Any]:
        out = {}
        for key in sorted({getattr(a, group) for a in adverts}):
            idx = [k for k, a in enumerate(adverts) if getattr(a, group) == key]
            out[key] = {"n": len(idx), "with_near_dup": sum(has_nd[k] for k in idx),
                        "rate": share(sum(has_nd[k] for k in idx), len(idx))}
        return out

    sizes = Counter(Counter(roots).values())
    largest = max(Counter(roots).values()) if roots else 0
    return {
        "method": {
            "shingles": f"word {SHINGLE}-grams of the normalised text",
            "threshold_jaccard": NEAR_DUP_THRESHOLD,
            "lsh_candidate_threshold": LSH_CANDIDATE_THRESHOLD,
            "num_perm": NUM_PERM,
        },
        "pairs": len(pairs),
        "adverts_with_near_dup": sum(has_nd),
        "rate": share(sum(has_nd), len(adverts)),
        "by_slice": rate("slice"),
        "by_origin": rate("origin"),
        "pairs_by_origin": dict(sorted(by_origin_pair.items())),
        "pairs_by_slice": dict(sorted(by_slice_pair.items())),
        "clusters": len(set(roots)),
        "largest_cluster": largest,
        "cluster_sizes": {str(k): v for k, v in sorted(sizes.items())},
        "verdict_conflicts": len(verdict_conflicts),
        "verdict_conflict_examples": verdict_conflicts[:20],
    }


# --- label consistency heuristics (reported, never fatal) ---------------------------------------

_EN_WORDS = frozenset(
    ("the", "and", "you", "with", "for", "are", "will", "to", "of", "we", "our", "your", "is",
     "in", "no", "need")
)
_ID_WORDS = frozenset(
    ("yang", "dan", "untuk", "dengan", "di", "ke", "tidak", "kami", "bisa", "ada", "gaji",
     "kerja", "dari", "ini", "atau", "akan")
)


def consistency_notes(adverts: Sequence[Advert]) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = defaultdict(list)
    for a in adverts:
        if a.suspicious and not a.red_flags:
            notes["suspicious_without_flags"].append(a.id)
        if not a.suspicious and len(a.red_flags) >= 2:
            notes["legit_with_2plus_flags"].append(a.id)
        words = _WORD.findall(a.text.lower())
        if len(words) >= 15:
            en = sum(w in _EN_WORDS for w in words) / len(words)
            idn = sum(w in _ID_WORDS for w in words) / len(words)
            if a.lang == "en" and idn > 2 * en and idn > 0.05:
                notes["lang_en_looks_malay_or_indonesian"].append(a.id)
            if a.lang in ("id", "ms") and en > 2 * idn and en > 0.05:
                notes["lang_id_ms_looks_english"].append(a.id)
    return dict(notes)


# --- layout-only "template leak" check --------------------------------------------------------

_BULLET_START = re.compile(r"^\s*([-*•·►▶➤➡→✓✔✅☑▪◾◽●○>]|\d{1,2}[.)])")
_NUMBERED_START = re.compile(r"^\s*\d{1,2}[.)]\s")
_KEY_VALUE = re.compile(r"^[^:\n]{1,30}:\s*\S")
_URL = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|id|co|net|org|my|go\.id)\b/?", re.I)
_PHONE = re.compile(r"(?:\+?\d[\d\s.-]{7,}\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HASHTAG = re.compile(r"(?<!\w)#\w+")

FEATURE_NAMES = (
    "log_chars",
    "log_lines",
    "mean_line_len",
    "blank_line_share",
    "upper_share",
    "all_caps_line_share",
    "digit_share",
    "log_emoji",
    "punct_share",
    "log_exclamations",
    "bullet_line_share",
    "numbered_line_share",
    "key_value_line_share",
    "line_start_upper_share",
    "line_start_emoji_share",
    "log_hashtags",
    "has_url",
    "has_phone",
    "has_email",
)


def is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or cp in (0xFE0F, 0x200D)
    )


def layout_features(text: str) -> list[float]:
    """Features that describe an advert's layout only: no word identities at all."""
    lines = text.split("\n")
    nonblank = [ln for ln in lines if ln.strip()] or [""]
    n_chars = len(text)
    letters = [c for c in text if c.isalpha()]
    n_letters = max(1, len(letters))
    emoji = sum(is_emoji(c) for c in text)
    punct = sum(unicodedata.category(c).startswith("P") for c in text)

    def line_share(pred: Any) -> float:
        return sum(bool(pred(ln)) for ln in nonblank) / len(nonblank)

    def all_caps(ln: str) -> bool:
        lt = [c for c in ln if c.isalpha()]
        return len(lt) >= 3 and all(c.isupper() for c in lt)

    def starts_upper(ln: str) -> bool:
        s = ln.lstrip()
        return bool(s) and s[0].isupper()

    def starts_emoji(ln: str) -> bool:
        s = ln.lstrip()
        return bool(s) and is_emoji(s[0])

    return [
        float(np.log1p(n_chars)),
        float(np.log1p(len(nonblank))),
        n_chars / len(nonblank),
        sum(not ln.strip() for ln in lines) / len(lines),
        sum(c.isupper() for c in letters) / n_letters,
        line_share(all_caps),
        sum(c.isdigit() for c in text) / max(1, n_chars),
        float(np.log1p(emoji)),
        punct / max(1, n_chars),
        float(np.log1p(text.count("!"))),
        line_share(_BULLET_START.match),
        line_share(_NUMBERED_START.match),
        line_share(_KEY_VALUE.match),
        line_share(starts_upper),
        line_share(starts_emoji),
        float(np.log1p(len(_HASHTAG.findall(text)))),
        float(bool(_URL.search(text))),
        float(bool(_PHONE.search(text))),
        float(bool(_EMAIL.search(text))),
    ]


def _fit_eval(train: Sequence[Advert], test: Sequence[Advert]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    y_tr = np.array([a.suspicious for a in train], dtype=int)
    y_te = np.array([a.suspicious for a in test], dtype=int)
    res: dict[str, Any] = {"n_train": len(train), "n_test": len(test)}
    if len(set(y_tr)) < 2 or not len(test):
        res.update(accuracy=None, roc_auc=None, note="one class only in train, or empty test")
        return res
    x_tr = np.array([layout_features(a.text) for a in train])
    x_te = np.array([layout_features(a.text) for a in test])
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000))
    model.fit(x_tr, y_tr)
    prob = model.predict_proba(x_te)[:, 1]
    majority = int(y_tr.mean() >= 0.5)
    res["accuracy"] = round(float(accuracy_score(y_te, prob >= 0.5)), 4)
    res["majority_baseline_accuracy"] = round(float(np.mean(y_te == majority)), 4)
    res["roc_auc"] = round(float(roc_auc_score(y_te, prob)), 4) if len(set(y_te)) == 2 else None
    res["_model"] = model
    res["_x_te"] = x_te
    res["_y_te"] = y_te
    res["_prob"] = prob
    return res


def template_leak(splits: dict[str, list[Advert]]) -> dict[str, Any]:
    """Can layout alone predict the verdict? Near 0.5 ROC-AUC means the writers' templates do
    not give the label away; much higher means a model can learn the layout instead of the
    content."""
    from sklearn.metrics import roc_auc_score

    train, test = splits["train"], splits["test"]
    overall = _fit_eval(train, test)
    out: dict[str, Any] = {"features": list(FEATURE_NAMES)}
    if overall.get("roc_auc") is not None:
        model, x_te, y_te, prob = (overall.pop(k) for k in ("_model", "_x_te", "_y_te", "_prob"))
        coefs = model[-1].coef_[0]
        out["coefficients"] = {
            n: round(float(c), 3)
            for n, c in sorted(zip(FEATURE_NAMES, coefs, strict=True), key=lambda t: -abs(t[1]))
        }
        single = {}
        for k, name in enumerate(FEATURE_NAMES):
            col = x_te[:, k]
            if len(set(col)) > 1:
                auc = float(roc_auc_score(y_te, col))
                single[name] = round(max(auc, 1 - auc), 4)
        out["single_feature_auc_test"] = dict(sorted(single.items(), key=lambda t: -t[1]))
        by_origin = {}
        for origin in ORIGINS:
            mask = np.array([a.origin == origin for a in test])
            if mask.sum() and len(set(y_te[mask])) == 2:
                by_origin[origin] = round(float(roc_auc_score(y_te[mask], prob[mask])), 4)
        out["overall_model_auc_by_test_origin"] = by_origin
    out["overall"] = {k: v for k, v in overall.items() if not k.startswith("_")}
    per_slice = {}
    for s in sorted({a.slice for a in train + test}):
        r = _fit_eval([a for a in train if a.slice == s], [a for a in test if a.slice == s])
        per_slice[s] = {k: v for k, v in r.items() if not k.startswith("_")}
    out["per_slice"] = per_slice
    per_origin = {}
    for o in ("hand", "generated"):
        r = _fit_eval([a for a in train if a.origin == o], [a for a in test if a.origin == o])
        per_origin[o] = {k: v for k, v in r.items() if not k.startswith("_")}
    out["per_origin"] = per_origin
    auc = out["overall"].get("roc_auc")
    out["leaks"] = bool(auc is not None and auc > 0.75)
    return out


# --- Karirhub (real vacancies, MIT) for the unlabelled pool -------------------------------------


class _TextExtractor(HTMLParser):
    BLOCK = frozenset(("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                       "tr", "hr"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_html(fragment: str) -> str:
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = html.unescape("".join(parser.parts)).replace("\xa0", " ")
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln and ln != "-")


_RSS_DESC = re.compile(r'<div class="job-description">\s*<h3>[^<]*</h3>(.*?)</div>\s*</div>', re.S)
_RSS_TITLE = re.compile(r"<h2>(.*?)</h2>", re.S)


def karirhub_vacancies(folder: Path) -> dict[str, str]:
    """Vacancy id -> plain text (title, description, qualification) from the cached Karirhub API
    blobs: job-detail responses first (they carry the qualification), then the RSS feed.
    Listing responses carry no description and are skipped."""
    details: dict[str, str] = {}
    rss: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        blob = json.loads(path.read_text(encoding="utf-8"))
        kind, data = blob.get("type"), blob.get("data")
        if kind == "job_details":
            job = data["data"]
            parts = [job.get("title") or ""]
            parts += [strip_html(job.get(k) or "") for k in ("description", "qualification")]
            details[job["id"]] = "\n".join(p for p in parts if p.strip())
        elif kind == "rss":
            root = ET.fromstring(data)
            ns = "{http://purl.org/rss/1.0/modules/content/}encoded"
            for item in root.iter("item"):
                body = item.findtext(ns) or ""
                guid = item.findtext("guid") or item.findtext("link") or ""
                desc = _RSS_DESC.search(body)
                title = _RSS_TITLE.search(body)
                if not desc:
                    continue
                parts = [strip_html(title.group(1)) if title else "", strip_html(desc.group(1))]
                rss[guid] = "\n".join(p for p in parts if p)
    return {**rss, **details}


def one_line(text: str) -> str:
    return _WS.sub(" ", text).strip()


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: the share of the smaller shingle set found in the other one."""
    return len(a & b) / max(1, min(len(a), len(b)))


def unlabelled_pool(
    train: Sequence[Advert], held_out: Sequence[Advert], karirhub: dict[str, str]
) -> tuple[list[str], dict[str, int]]:
    """Train texts plus distinct Karirhub vacancies.

    The labelled slices quote Karirhub vacancies, sometimes shortened or with a header added,
    so a vacancy is matched to a labelled advert by the overlap coefficient of their shingle sets
    (>= UNLABELLED_OVERLAP; a brute-force pass, the vacancies are few): one that matches a
    dev/test advert is left out. The others are all added (also when a train advert quotes
    them: the raw vacancy is a second, differently laid-out text).
    """
    lines: list[str] = []
    seen: set[str] = set()
    for a in train:
        key = normalise(a.text)
        if key not in seen:
            seen.add(key)
            lines.append(one_line(a.text))
    held_sets = [shingles(a.text) for a in held_out]
    counts = {"karirhub_vacancies": len(karirhub), "karirhub_added": 0,
              "karirhub_dropped_heldout_overlap": 0, "karirhub_duplicate": 0}
    for _, text in sorted(karirhub.items()):
        key, sh = normalise(text), shingles(text)
        if any(overlap(sh, h) >= UNLABELLED_OVERLAP for h in held_sets):
            counts["karirhub_dropped_heldout_overlap"] += 1
        elif key in seen:
            counts["karirhub_duplicate"] += 1
        else:
            seen.add(key)
            lines.append(one_line(text))
            counts["karirhub_added"] += 1
    counts["train_texts"] = len(lines) - counts["karirhub_added"]
    counts["lines"] = len(lines)
    return lines, counts


# --- writing ----------------------------------------------------------------------------------


def write_jsonl(path: Path, adverts: Iterable[Advert]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in adverts:
            fh.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def render_stats_md(stats: dict[str, Any]) -> str:
    total = stats["corpus"]
    sp = stats["splits"]
    lines = [
        "_Generated by `training_data/build.py`; do not edit by hand._",
        "",
        f"**{total['n']} adverts** after deduplication ({total['suspicious']} suspicious, "
        f"{total['suspicious_share']:.1%}); {stats['load']['valid_lines']} valid source lines, "
        f"{stats['load']['bad_lines']} bad lines skipped, "
        f"{stats['dedupe']['exact_duplicates_dropped']} exact duplicates dropped "
        f"({stats['dedupe']['label_conflicts']} with conflicting labels).",
        "",
        "### Red-flag codes",
        "",
    ]
    lines += _table(
        ["code", "label", "all", *SPLITS],
        [(f"`{c}`", CODES[c], total["codes"][c], *(sp[s]["codes"][c] for s in SPLITS))
         for c in CODES],
    )
    for title, key, order in (
        ("Language", "lang", LANGS),
        ("Channel", "channel", CHANNELS),
        ("Slice", "slice", sorted(total["slice"])),
        ("Origin", "origin", ORIGINS),
    ):
        lines += ["", f"### {title}", ""]
        lines += _table(
            [key, "all", *SPLITS],
            [(v, total[key].get(v, 0), *(sp[s][key].get(v, 0) for s in SPLITS))
             for v in order if total[key].get(v, 0)],
        )
    lines += ["", "### Splits", ""]
    lines += _table(
        ["split", "adverts", "share", "suspicious", "hand-written"],
        [(s, sp[s]["n"], f"{share(sp[s]['n'], total['n']):.1%}",
          f"{sp[s]['suspicious_share']:.1%}",
          f"{share(sp[s]['origin'].get('hand', 0), sp[s]['n']):.1%}") for s in SPLITS],
    )
    nd = stats["near_duplicates"]
    lines += [
        "",
        "### Near-duplicates",
        "",
        f"{nd['adverts_with_near_dup']} of {total['n']} adverts ({nd['rate']:.1%}) have at least "
        f"one near-duplicate (word 3-shingle Jaccard >= {NEAR_DUP_THRESHOLD}); {nd['pairs']} "
        f"pairs, {nd['clusters']} clusters, the largest of {nd['largest_cluster']} adverts. "
        f"Cross-split near-duplicate pairs after splitting: "
        f"{stats['cross_split_near_duplicates']}. For scale, at Jaccard >= "
        f"{nd['looser_threshold']['threshold_jaccard']} the rate would be "
        f"{nd['looser_threshold']['rate']:.1%} ({nd['looser_threshold']['pairs']} pairs).",
        "",
    ]
    lines += _table(
        ["slice / origin", "adverts", "with near-dup", "rate"],
        [(k, v["n"], v["with_near_dup"], f"{v['rate']:.1%}")
         for k, v in [*nd["by_slice"].items(), *nd["by_origin"].items()]],
    )
    leak = stats["template_leak"]
    ov = leak["overall"]
    lines += ["", "### Template-leak check (layout-only features, train -> test)", ""]
    if ov.get("roc_auc") is not None:
        top = list(leak.get("single_feature_auc_test", {}).items())[:3]
        lines.append(
            f"Logistic regression on {len(FEATURE_NAMES)} layout features: test accuracy "
            f"{ov['accuracy']:.3f} (majority baseline {ov['majority_baseline_accuracy']:.3f}), "
            f"ROC-AUC {ov['roc_auc']:.3f}. Strongest single features (test AUC): "
            + ", ".join(f"`{n}` {v:.2f}" for n, v in top) + "."
        )
    lines += [""]
    lines += _table(
        ["trained and tested on", "train", "test", "accuracy", "ROC-AUC"],
        [(f"slice `{s}`", r["n_train"], r["n_test"], r.get("accuracy"), r.get("roc_auc"))
         for s, r in leak["per_slice"].items()]
        + [(f"origin `{o}`", r["n_train"], r["n_test"], r.get("accuracy"), r.get("roc_auc"))
           for o, r in leak["per_origin"].items()],
    )
    ul = stats["unlabelled"]
    lines += [
        "",
        f"`unlabelled.txt`: {ul['lines']} lines ({ul['train_texts']} train adverts + "
        f"{ul['karirhub_added']} real Karirhub vacancies; "
        f"{ul['karirhub_dropped_heldout_overlap']} of the {ul['karirhub_vacancies']} cached "
        "vacancies left out because a dev/test advert quotes them).",
    ]
    return "\n".join(lines)


def update_readme(path: Path, block: str) -> bool:
    """Replace the text between the stats markers; returns False when the markers are missing."""
    if not path.exists():
        return False
    text = path.read_text(encoding="utf-8")
    start, end = text.find(STATS_BEGIN), text.find(STATS_END)
    if start < 0 or end < start:
        return False
    new = text[: start + len(STATS_BEGIN)] + "\n" + block + "\n" + text[end:]
    path.write_text(new, encoding="utf-8")
    return True


# --- orchestration --------------------------------------------------------------------------


def build(args: argparse.Namespace) -> int:
    out_dir: Path = args.out_dir
    report = load_sources(args.sources)
    say(f"sources: {report.files}" + (f"; ignored {report.ignored_files}"
                                       if report.ignored_files else ""))
    for w in report.warnings[:50]:
        say(f"warning {w}")
    for b in report.bad:
        say(f"BAD {b}")
    if report.bad and not args.allow_bad:
        say(f"{len(report.bad)} bad line(s); fix them or pass --allow-bad")
        return 1

    adverts, dropped = exact_dedupe(report.adverts)
    conflicts = [d for d in dropped if d["conflict"]]
    say(f"{len(report.adverts)} valid lines, {len(dropped)} exact duplicates dropped "
        f"({len(conflicts)} with label conflicts)")
    for d in conflicts[:20]:
        say(f"  label conflict ({d['conflict']}): {d['id']} duplicates {d['kept']}")

    pairs = near_duplicate_pairs([a.text for a in adverts])
    roots = components(len(adverts), pairs)
    nd = near_dup_report(adverts, pairs, roots)
    loose = near_duplicate_pairs([a.text for a in adverts], threshold=LSH_CANDIDATE_THRESHOLD)
    nd["looser_threshold"] = {
        "threshold_jaccard": LSH_CANDIDATE_THRESHOLD,
        "pairs": len(loose),
        "rate": share(len({k for i, j, _ in loose for k in (i, j)}), len(adverts)),
    }
    say(f"near-duplicates: {nd['adverts_with_near_dup']}/{len(adverts)} adverts "
        f"({nd['rate']:.1%}), {nd['pairs']} pairs, largest cluster {nd['largest_cluster']}")

    splits = assign_splits(adverts, roots)
    cross = cross_split_near_duplicates({s: [a.text for a in splits[s]] for s in SPLITS})
    assert not cross, f"near-duplicates cross splits: {cross[:5]}"
    exact_keys = {s: {normalise(a.text) for a in splits[s]} for s in SPLITS}
    assert not (exact_keys["train"] & exact_keys["dev"]) and not (
        exact_keys["train"] & exact_keys["test"]) and not (exact_keys["dev"] & exact_keys["test"])

    problems: list[str] = []
    for s in SPLITS:
        missing = set(LANGS) - {a.lang for a in splits[s]}
        if missing:
            problems.append(f"split {s} lacks language(s) {sorted(missing)}")
    hand_slices_test = {a.slice for a in splits["test"] if a.origin == "hand"}
    hand_slices_all = {a.slice for a in adverts if a.origin == "hand"}
    if hand_slices_all - hand_slices_test:
        missing_slices = sorted(hand_slices_all - hand_slices_test)
        problems.append(f"test lacks hand-written adverts from {missing_slices}")

    strat = stratification(splits)
    for attr, r in strat.items():
        say(f"stratification {attr}: max gap per split {r['max_gap']}")

    leak = template_leak(splits)
    ov = leak["overall"]
    say(f"template leak: accuracy {ov.get('accuracy')} (majority "
        f"{ov.get('majority_baseline_accuracy')}), ROC-AUC {ov.get('roc_auc')}")
    for s, r in [*leak["per_slice"].items(), *leak["per_origin"].items()]:
        say(f"  {s}: accuracy {r.get('accuracy')}, ROC-AUC {r.get('roc_auc')}")
    if leak["leaks"]:
        say("  LEAK: layout predicts the verdict; strongest features: "
            + ", ".join(f"{n} {v}" for n, v in list(leak["single_feature_auc_test"].items())[:5]))

    karirhub: dict[str, str] = {}
    if args.karirhub and args.karirhub.is_dir():
        karirhub = karirhub_vacancies(args.karirhub)
    else:
        say(f"warning: Karirhub folder {args.karirhub} not found; unlabelled.txt has train only")
    pool, pool_counts = unlabelled_pool(splits["train"], splits["dev"] + splits["test"], karirhub)

    notes = consistency_notes(adverts)
    stats: dict[str, Any] = {
        "load": {
            "files": report.files,
            "ignored_files": report.ignored_files,
            "valid_lines": len(report.adverts),
            "bad_lines": len(report.bad),
            "bad": report.bad,
            "warnings": report.warnings,
        },
        "dedupe": {
            "normalisation": "NFKC, lowercase, digit runs -> 0, whitespace collapsed",
            "exact_duplicates_dropped": len(dropped),
            "label_conflicts": len(conflicts),
            "dropped": dropped,
        },
        "corpus": describe(adverts),
        "splits": {s: describe(splits[s]) for s in SPLITS},
        "split_rule": {"salt": SPLIT_SALT, "bounds": SPLIT_BOUNDS},
        "stratification": strat,
        "test_hand_share": share(sum(a.origin == "hand" for a in splits["test"]),
                                 len(splits["test"])),
        "test_hand_by_slice": dict(sorted(Counter(
            a.slice for a in splits["test"] if a.origin == "hand").items())),
        "near_duplicates": nd,
        "cross_split_near_duplicates": len(cross),
        "template_leak": leak,
        "unlabelled": pool_counts,
        "consistency_notes": {k: {"n": len(v), "ids": v[:30]} for k, v in notes.items()},
        "problems": problems,
    }
    for k, v in notes.items():
        say(f"note {k}: {len(v)} e.g. {v[:8]}")
    if not args.dry_run:
        out_dir.mkdir(parents=True, exist_ok=True)
        for s in SPLITS:
            write_jsonl(out_dir / f"{s}.jsonl", splits[s])
        (out_dir / "unlabelled.txt").write_text("\n".join(pool) + "\n", encoding="utf-8")
        (out_dir / "stats.json").write_text(
            json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if not update_readme(out_dir / "README.md", render_stats_md(stats)):
            say(f"warning: no {STATS_BEGIN} ... {STATS_END} markers in {out_dir / 'README.md'}")
    say("splits: " + ", ".join(f"{s} {len(splits[s])}" for s in SPLITS)
        + f"; test hand-written share {stats['test_hand_share']:.1%}")
    for p in problems:
        say(f"PROBLEM {p}")
    return 1 if problems else 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sources", type=Path, default=HERE / "sources",
                   help="folder of <slice>.jsonl / <slice>.hand.jsonl files")
    p.add_argument("--out-dir", type=Path, default=HERE,
                   help="where the splits, unlabelled.txt, stats.json and README.md live")
    p.add_argument("--karirhub", type=Path, default=HERE.parent / "tests" / "fixtures" / "karirhub",
                   help="folder of cached Karirhub API blobs (*.json) for unlabelled.txt")
    p.add_argument("--allow-bad", action="store_true",
                   help="skip invalid lines instead of failing")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    return build(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
