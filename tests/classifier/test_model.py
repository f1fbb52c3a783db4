"""Training and persistence of the neural model, on a tiny model and a tiny corpus written here."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from classifier.corpus import data_version, read_examples
from classifier.fusion import C_GRID
from classifier.model import AdvertModel, compact_config, load_model, with_heads
from classifier.network_training import finetune
from classifier.pipeline import AdvertInput, Classifier
from classifier.tokenizer import load_tokenizer, train_tokenizer, wrap
from classifier.train import TrainArgs, set_seed, train
from vocabulary.red_flags import RED_FLAGS

TINY = {
    "hidden_size": 32,
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "intermediate_size": 64,
}

SCAMS = [
    "Dicari TKW ke Arab Saudi, gaji 12jt/bln, tanpa pengalaman, biaya proses 3jt transfer ke "
    "rek BRI 1234567890 a.n. Pak Joko, berangkat minggu ini, hub WA 0812-7403-5518",
    "Lowongan admin online di Kamboja gaji USD 1500, visa turis, paspor kami uruskan, umur "
    "bisa diatur, japri 0813 1111 2222 kuota terbatas!!",
    "Kerja di Batam LC karaoke wanita 18-25 single, gaji 15jt, mess gratis, brkt besok, "
    "tidak perlu izin keluarga, inbox aja",
    "Butuh cepat pekerja kebun sawit Malaysia, tanpa paspor lewat jalur tikus, bayar DP 2jt "
    "dulu, hub agen Pak Budi WA 0852-9999-0000",
]
LEGIT = [
    "PT Sinar Bahari (P3MI, SIP3MI No. 123/2024) membuka lowongan perawat lansia di Jepang "
    "melalui program resmi. Pendaftaran di Disnaker Kota Jambi, kontrak kerja, OPP, Jl. "
    "Sudirman No. 5 Jambi, email hrd@sinarbahari.co.id",
    "Dicari kasir toko roti di Jl. Kapten Pattimura, Kota Baru, Jambi. Jam kerja 08.00-16.00, "
    "gaji UMK + uang makan. Lamaran dibawa langsung ke toko.",
    "Lowongan staf gudang CV Maju Jaya, Jambi. Syarat SMA/SMK, kontrak 1 tahun, BPJS, "
    "kirim CV ke hrd@majujaya.co.id atau datang ke kantor Jl. Gatot Subroto 12.",
    "RSUD Raden Mattaher Jambi menerima tenaga administrasi, pendaftaran melalui portal "
    "resmi, seleksi berkas dan wawancara, tanpa dipungut biaya.",
]
FLAGS_OF_SCAM = [
    ["high_pay", "upfront_fee", "pressure", "informal_contact", "unlicensed_recruiter"],
    ["restricted_destination", "visa_misuse", "document_fraud", "vague_job", "pressure"],
    ["vulnerable_targeting", "high_pay", "pressure", "informal_contact"],
    ["unclear_procedure", "visa_misuse", "upfront_fee", "unlicensed_recruiter"],
]


def write_corpus(folder: Path) -> Path:
    """40 labelled adverts (variations of the eight above) split 24/10/6, plus unlabelled."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(40):
        k = i % 8
        suspicious = k < 4
        text = (SCAMS[k] if suspicious else LEGIT[k - 4]) + f" (ref {i})"
        rows.append(
            {
                "id": f"t{i}",
                "text": text,
                "channel": "whatsapp",
                "lang": "id",
                "suspicious": suspicious,
                "red_flags": FLAGS_OF_SCAM[k] if suspicious else [],
            }
        )
    for name, part in (("train", rows[:24]), ("dev", rows[24:34]), ("test", rows[34:])):
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
    (folder / "unlabelled.txt").write_text("\n".join(r["text"] for r in rows[:24]) + "\n")
    return folder


def tiny_args(**kw: object) -> TrainArgs:
    base = {
        "shape": TINY,
        "mlm": True,
        "vocab_size": 300,
        "mlm_max_steps": 2,
        "max_steps": 2,
        "epochs": 1,
        "mlm_epochs": 1,
        "batch_size": 8,
        "mlm_batch_size": 8,
        "report": False,
        "threads": 1,
    }
    return TrainArgs(**{**base, **kw})  # type: ignore[arg-type]


def test_two_step_training_saves_and_reloads_identically(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "data")
    train_set = read_examples(data / "train.jsonl")
    dev = read_examples(data / "dev.jsonl")
    set_seed(1)
    tok = wrap(train_tokenizer([e.text for e in train_set], vocab_size=300), 64)
    model = AdvertModel(with_heads(compact_config(len(tok), **TINY)))
    model, info = finetune(model, tok, train_set, dev, tiny_args(max_len=64), lr=1e-3, epochs=1)
    assert info["steps"] == 2

    out = tmp_path / "model"
    model.save_pretrained(str(out))
    tok.save_pretrained(str(out))
    assert (out / "config.json").exists() and (out / "model.safetensors").exists()
    again = load_model(out)
    assert json.loads((out / "config.json").read_text())["red_flags"] == list(RED_FLAGS)

    enc = load_tokenizer(out)(
        [e.text for e in dev], padding=True, truncation=True, max_length=64, return_tensors="pt"
    )
    with torch.inference_mode():
        a = model(enc["input_ids"], enc["attention_mask"])
        b = again(enc["input_ids"], enc["attention_mask"])
    assert a.flag_logits.shape == (len(dev), len(RED_FLAGS))
    # Identical up to float rounding (kernels may differ for freshly loaded tensors).
    assert torch.allclose(a.verdict_logits, b.verdict_logits, rtol=0, atol=1e-6)
    assert torch.allclose(a.flag_logits, b.flag_logits, rtol=0, atol=1e-6)
    assert not torch.allclose(a.verdict_logits, torch.zeros_like(a.verdict_logits))


def test_train_writes_a_loadable_model_folder_reproducibly(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "data")
    out1, out2 = tmp_path / "m1", tmp_path / "m2"
    metrics = train(None, data, out1, tiny_args())
    train(None, data, out2, tiny_args())
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "calibration.json",
        "metrics.json",
        "hyperparameters.json",
        "labels.json",
        "README.md",
        "ngram.json",
        "ngram.safetensors",
    ):
        assert (out1 / name).exists(), name
    assert metrics["data_version"] == data_version(data)
    assert metrics["mlm"]["steps"] == 2
    hp = json.loads((out1 / "hyperparameters.json").read_text())
    assert hp["seed"] == 13 and hp["shape"] == TINY
    cal = json.loads((out1 / "calibration.json").read_text())
    assert set(cal["flag_thresholds"]) == set(RED_FLAGS)
    # Seeded: the same run twice gives the same weights.
    assert (out1 / "model.safetensors").read_bytes() == (out2 / "model.safetensors").read_bytes()
    assert (out1 / "ngram.safetensors").read_bytes() == (out2 / "ngram.safetensors").read_bytes()
    assert set(cal["features"]) >= {"model_verdict_logit", "ngram_verdict_logit"}
    assert set(cal["report"]["oof_verdict_ablation"]) == {"without_network", "without_ngram"}
    # The fusion's C is the dev out-of-fold best of the grid (ties: the smaller C).
    by_c = {float(c): f for c, f in cal["report"]["oof_f1_by_c"].items()}
    assert set(by_c) == set(C_GRID)
    assert cal["report"]["c"] == min(c for c, f in by_c.items() if f == max(by_c.values()))

    clf = Classifier.load(out1)
    items = [AdvertInput(text=SCAMS[0], id="a"), AdvertInput(text=LEGIT[1], id="b")]
    first = [r.to_dict() for r in clf.classify(items)]
    second = [r.to_dict() for r in Classifier.load(out1).classify(items)]
    assert first == second
    assert [r["id"] for r in first] == ["a", "b"]
    assert all(0.0 <= r["score"] <= 1.0 for r in first)


def test_fine_tunes_a_local_pretrained_folder(tmp_path: Path) -> None:
    """``base`` = a folder laid out like a Hugging Face BERT checkpoint (what IndoBERT is)."""
    from transformers import BertConfig, BertModel

    data = write_corpus(tmp_path / "data")
    base = tmp_path / "fake-indobert"
    tok = wrap(train_tokenizer([e.text for e in read_examples(data / "train.jsonl")], 300), 64)
    tok.save_pretrained(str(base))
    config = BertConfig(vocab_size=len(tok), **TINY, max_position_embeddings=128)
    set_seed(3)
    BertModel(config).save_pretrained(str(base))
    encoder = BertModel.from_pretrained(str(base)).state_dict()

    out = tmp_path / "tuned"
    metrics = train(str(base), data, out, tiny_args(max_steps=1, base_epochs=1))
    assert metrics["base"] == str(base)
    tuned = load_model(out)
    # The encoder started from the checkpoint (one small step cannot move it far).
    start = encoder["embeddings.word_embeddings.weight"]
    now = tuned.bert.embeddings.word_embeddings.weight.detach()
    assert torch.allclose(start, now, atol=1e-2)
    assert Classifier.load(out).classify([AdvertInput(text=SCAMS[1])])[0].model


def test_missing_base_is_an_error_not_a_download(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "data")
    with pytest.raises(FileNotFoundError, match="never downloads"):
        train("no-such-org/no-such-model", data, tmp_path / "x", tiny_args())


def test_quantized_model_scores_close_to_fp32(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "data")
    out = tmp_path / "m"
    train(None, data, out, tiny_args(mlm=False))
    items = [AdvertInput(text=t) for t in SCAMS + LEGIT]
    fp32 = Classifier.load(out).classify(items)
    int8 = Classifier.load(out, quantize=True)
    assert int8.version.endswith("+int8")
    got = int8.classify(items)
    assert np.allclose([r.score for r in fp32], [r.score for r in got], atol=0.1)


def test_ngram_model_saves_and_reloads_to_the_same_scores(tmp_path: Path) -> None:
    from classifier.baseline import TfidfBaseline

    data = write_corpus(tmp_path / "data")
    fitted = TfidfBaseline().fit(read_examples(data / "train.jsonl"))
    fitted.save(tmp_path)
    loaded = TfidfBaseline.load(tmp_path)
    texts = [SCAMS[1], LEGIT[2], "kata yang belum pernah dilihat model"]
    assert np.array_equal(fitted.logits(texts), loaded.logits(texts))
    verdict, flags = loaded.predict_proba(texts)
    assert flags.shape == (3, len(RED_FLAGS))
    assert verdict[0] > 0.5 > verdict[1]  # it learned the tiny corpus, not a constant
    config = json.loads((tmp_path / "ngram.json").read_text())
    assert config["outputs"] == ["suspicious", *RED_FLAGS]


def test_a_model_folder_without_its_ngram_model_is_a_clear_error(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "data")
    out = tmp_path / "m"
    train(None, data, out, tiny_args(mlm=False))
    (out / "ngram.json").unlink()
    with pytest.raises(FileNotFoundError, match=r"ngram\.json"):
        Classifier.load(out)
