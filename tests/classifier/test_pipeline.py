"""The shipped model through the public entry point, :class:`classifier.pipeline.Classifier`."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from classifier.pipeline import SHIPPED_MODEL_DIR, AdvertInput, Classifier
from vocabulary.red_flags import RED_FLAG_LABELS, RED_FLAGS

SCAM = (
    "DICARI TKW ke Arab Saudi!! Gaji 12 juta/bln, tanpa pengalaman, lulusan SD boleh. "
    "Umur bisa diatur, paspor kami uruskan. Biaya proses 3.500.000 transfer ke rek BRI "
    "1234-5678-9012 a.n. Joko. Berangkat minggu ini, kuota terbatas, jangan sebar. "
    "Hub WA 0812-7403-5518"
)
LEGIT = (
    "Lowongan Kerja Kasir - Toko Roti Harum, Jl. Kapten Pattimura No. 21, Kota Baru, Jambi.\n"
    "Tugas: melayani pembeli, kasir, menata etalase. Jam kerja 08.00-16.00, libur 1 hari per "
    "minggu. Gaji sesuai UMK Kota Jambi + uang makan, BPJS Ketenagakerjaan.\n"
    "Syarat: lulusan SMA/SMK, jujur dan teliti. Lamaran diantar langsung ke toko atau "
    "dikirim ke hrd@tokoharum.co.id. Telp. (0741) 123456."
)


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.load()


def test_shipped_model_folder_is_complete_and_small() -> None:
    names = {p.name for p in SHIPPED_MODEL_DIR.iterdir()}
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "calibration.json",
        "metrics.json",
        "README.md",
        "ngram.json",
        "ngram.safetensors",
    ):
        assert name in names
    size = sum(p.stat().st_size for p in SHIPPED_MODEL_DIR.iterdir() if p.is_file())
    assert size <= 30 * 1024 * 1024
    config = json.loads((SHIPPED_MODEL_DIR / "config.json").read_text())
    assert config["red_flags"] == list(RED_FLAGS)


def test_flags_an_obvious_scam_and_passes_a_legit_jambi_advert(clf: Classifier) -> None:
    scam, legit = clf.classify([AdvertInput(text=SCAM, id="s"), AdvertInput(text=LEGIT, id="l")])
    assert scam.suspicious and scam.score > 0.8
    assert not legit.suspicious and legit.score < 0.3
    codes = {f.code for f in scam.red_flags}
    assert {"upfront_fee", "document_fraud"} <= codes
    assert all(f.label == RED_FLAG_LABELS[f.code] for f in scam.red_flags)
    assert all(f.reason for f in scam.red_flags)
    assert scam.model == clf.version != ""


def test_evidence_and_entity_spans_index_the_text_as_given(clf: Classifier) -> None:
    title = "Kerja Cepat ke Malaysia, gaji 9jt"
    [with_title] = clf.classify([AdvertInput(text=SCAM, title=title)])
    [plain] = clf.classify([AdvertInput(text=SCAM)])
    for result in (with_title, plain):
        spans = [s for f in result.red_flags for s in f.evidence]
        assert spans, "the rules quote their evidence"
        for s in spans:
            assert SCAM[s.start : s.end] == s.text
        for kind, items in result.entities.items():
            for item in items:
                assert SCAM[item["start"] : item["end"]] == item["text"], kind
    assert any(
        p["value"].endswith("81274035518")
        for p in plain.entities["whatsapp"] + plain.entities["phones"]
    )


def test_order_ids_and_dict_shape(clf: Classifier) -> None:
    texts = [LEGIT, SCAM, "Dicari sopir pribadi di Jambi, hubungi 0812 3456 7890.", SCAM[:80]]
    items = [AdvertInput(text=t, id=f"x{i}") for i, t in enumerate(texts)]
    results = clf.classify(items)
    assert [r.id for r in results] == ["x0", "x1", "x2", "x3"]
    one_by_one = [clf.classify([it])[0] for it in items]
    assert [round(r.score, 5) for r in results] == [round(r.score, 5) for r in one_by_one]
    d = results[1].to_dict()
    assert set(d) == {
        "id",
        "suspicious",
        "score",
        "red_flags",
        "model_only_flags",
        "entities",
        "model",
    }
    for flag in d["red_flags"]:
        # A high_pay flag that judged a salary also gives the limit as data (PayThreshold).
        extra = {"details"} if flag["code"] == "high_pay" else set()
        assert set(flag) == {"code", "label", "score", "evidence", "reason", *extra}
    json.dumps(d)  # JSON-able
    assert clf.classify([]) == []


def test_threshold_override(tmp_path: Path) -> None:
    strict = Classifier.load(threshold=0.999999)
    [r] = strict.classify([AdvertInput(text=LEGIT)])
    assert not r.suspicious
    lenient = Classifier.load(threshold=0.0)
    informal = "Dicari sopir pribadi di Jambi, hubungi 0812 3456 7890."
    assert lenient.classify([AdvertInput(text=informal)])[0].suspicious
    # The evidence gate: however low the threshold, no quoted words means no "suspicious".
    [legit] = lenient.classify([AdvertInput(text=LEGIT)])
    assert not legit.red_flags and not legit.suspicious


def test_flags_without_quoted_words_are_model_only(tmp_path: Path) -> None:
    eager = Classifier.load()
    # Make the models report every code they give any weight to: those the rules cannot
    # quote must land in model_only_flags, never among the reasons.
    eager.calibration.flag_thresholds = {c: 0.0 for c in RED_FLAGS}
    [scam, legit] = eager.classify([AdvertInput(text=SCAM), AdvertInput(text=LEGIT)])
    for result in (scam, legit):
        assert all(f.evidence for f in result.red_flags)
        shown = {f.code for f in result.red_flags}
        hidden = {f.code for f in result.model_only_flags}
        assert shown.isdisjoint(hidden)
        assert shown | hidden == set(RED_FLAGS)
    assert not legit.red_flags and not legit.suspicious
    d = scam.to_dict()
    assert set(d["model_only_flags"][0]) == {"code", "label", "score"}


def test_thread_safe(clf: Classifier) -> None:
    items = [AdvertInput(text=t, id=str(i)) for i, t in enumerate([SCAM, LEGIT] * 4)]
    expected = [r.to_dict() for r in clf.classify(items)]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _: [r.to_dict() for r in clf.classify(items)], range(8)))
    for g in got:
        assert [x["id"] for x in g] == [x["id"] for x in expected]
        assert [round(x["score"], 4) for x in g] == [round(x["score"], 4) for x in expected]


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"config\.json"):
        Classifier.load(tmp_path)


def test_a_high_pay_flag_gives_the_limit_it_judged_against_as_details(clf: Classifier) -> None:
    """Beside its sentence, the high_pay flag carries the limit as data (PayThreshold), which
    the investigators' page reads; no other flag has ``details``."""
    text = (
        "Lowongan ART ke Malaysia gaji RM 4.000 per bulan tanpa pengalaman, biaya proses "
        "5 juta, hub WA 0812-7403-5518"
    )
    [result] = clf.classify([AdvertInput(text=text)])
    flags = {f["code"]: f for f in result.to_dict()["red_flags"]}
    assert flags["high_pay"]["details"] == {
        "threshold_idr_month": 9_875_000,  # RM2,500 at Rp3,950
        "rule": "MY-domestic",
        "basis": "1.65x RM1,500 (2022 MoU)",
        "place": None,
    }
    assert "(batas MY-domestic)" in flags["high_pay"]["reason"]
    assert [c for c, f in flags.items() if "details" in f] == ["high_pay"]
