"""The model card (``README.md`` beside the weights), rendered from a run's own numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vocabulary.red_flags import RED_FLAG_LABELS

SYSTEMS = ("rules", "model", "fusion", "baseline")


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _split_table(split: dict[str, Any]) -> list[str]:
    rows = [
        "| system | verdict P | verdict R | verdict F1 | P@50 | flag micro-F1 | flag macro-F1 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in SYSTEMS:
        s = split["systems"][name]
        v = s["verdict"]
        rows.append(
            f"| {name} | {_fmt(v['precision'])} | {_fmt(v['recall'])} | {_fmt(v['f1'])} "
            f"| {_fmt(s['precision_at_50'])} | {_fmt(s['flags']['micro']['f1'])} "
            f"| {_fmt(s['flags']['macro_f1'])} |"
        )
    return rows


def _per_code(split: dict[str, Any]) -> list[str]:
    rows = [
        "| code | label | n | rules F1 | model F1 | fusion F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for code, label in RED_FLAG_LABELS.items():
        per = {
            n: split["systems"][n]["flags"]["per_code"][code] for n in ("rules", "model", "fusion")
        }
        rows.append(
            f"| `{code}` | {label} | {per['fusion']['support']} | {_fmt(per['rules']['f1'])} "
            f"| {_fmt(per['model']['f1'])} | {_fmt(per['fusion']['f1'])} |"
        )
    return rows


def _share(r: dict[str, Any] | None) -> str:
    if not r or not r.get("n"):
        return "-"
    return f"{r['flagged']}/{r['n']} ({100 * r['flagged'] / r['n']:.1f} %)"


def _alarms(metrics: dict[str, Any]) -> list[str]:
    """False alarms, honest informal posts, known fakes caught, per source, layout probe."""
    splits = [s for s in ("test", "challenge", "real_dev") if s in metrics]
    if not splits:
        return []
    rows = [
        "### False alarms and fakes caught",
        "",
        "| split | system | ordinary adverts flagged | honest informal posts flagged "
        "| known fakes caught | held back by the evidence gate |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for split in splits:
        for name in ("fusion", "baseline"):
            s = metrics[split]["systems"][name]
            gate = metrics[split].get("unsupported", 0) if name == "fusion" else "-"
            rows.append(
                f"| {split} | {name} | {_share(s.get('ordinary_false_alarms'))} "
                f"| {_share(s.get('informal_false_alarms'))} "
                f"| {_share(s.get('known_fakes_caught'))} | {gate} |"
            )
    rows.append("")
    by_source = metrics.get("real_dev", {}).get("by_source")
    if by_source:
        rows += [
            "### Real dev by source",
            "",
            "| source | n | fusion F1 | fusion flagged / caught | baseline F1 "
            "| baseline flagged / caught |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for name, src in by_source.items():
            cells = []
            for sys_name in ("fusion", "baseline"):
                s = src[sys_name]
                cells += [
                    _fmt(s["verdict"]["f1"]) if src["suspicious"] else "-",
                    _share(s.get("known_fakes_caught") or s.get("ordinary_false_alarms")),
                ]
            rows.append(f"| {name} | {src['n']} | " + " | ".join(cells) + " |")
        rows.append("")
    probe = metrics.get("layout_probe")
    if probe:
        rows += [
            f"Layout-only probe (a logistic regression on length, lines, capitals, digits, "
            f"emoji, separators and links; real train -> real dev): verdict F1 "
            f"{_fmt(probe['verdict']['f1'])}, ROC-AUC {_fmt(probe['roc_auc'])}. Layout alone "
            "separates the real set's two kinds of page this well, so read the real dev numbers "
            "with the honest informal posts of the corpus beside them.",
            "",
        ]
    return rows


def render(metrics: dict[str, Any], hparams: dict[str, Any]) -> str:
    cal = metrics.get("calibration", {})
    lines = [
        f"# Waspada advert classifier — `{metrics.get('version', '')}`",
        "",
        "Flags deceptive and trafficking-risk job adverts (Indonesian, slang, English, Malay) for "
        "the anti-trafficking task forces, with the red flags it sees and the words that show "
        "them. Produced by `waspada train`; this card is rendered from the run's own numbers.",
        "",
        "## Model",
        "",
        f"- Architecture: BERT encoder (`{hparams.get('model')}`, base: "
        f"`{hparams.get('base') or 'none: trained from scratch'}`); a verdict head (1 logit) "
        "over the mean and max of the token states and a red-flag head (12 logits, order in "
        "`labels.json`) with one attention query per code over the tokens.",
        "- An n-gram model beside it (`ngram.json`, `ngram.safetensors`): TF-IDF word 1-2-grams "
        "and character 2-5-grams with one logistic regression for the verdict and one per red "
        "flag, fitted on the train split (the same recipe as the baseline below).",
        "- Final verdict: a logistic-regression fusion of the network's and the n-gram model's "
        "verdict log-odds and the rule scores (`calibration.json`), fitted on the dev split "
        "(plus, when real adverts were given, the real calibration half, weighted so that each "
        "world counts alike); the threshold was chosen out-of-fold to maximise F1 (the mean of "
        "the two worlds' F1s). An advert is called suspicious only when the score passes the "
        "threshold and at least one red flag quotes the advert's words (the evidence gate).",
        "- Red flags shown to people come from the rules, each with the words that show it "
        "(a per-code rule threshold is chosen on dev). A flag the models suspect with no words "
        "to quote is returned apart as `model_only_flags` and never shown as a reason. In the "
        "tables, `model` is the network alone and `baseline` a TF-IDF model trained afresh on "
        "the same training data, so `fusion` against `baseline` shows what the network and the "
        "rules add to the n-grams.",
        "",
        "## Data",
        "",
        f"- Corpus: `{metrics.get('data_dir')}` (see its data card), version "
        f"`{metrics.get('data_version', '')[:16]}` (SHA-256 of the split files).",
    ]
    real = metrics.get("real")
    if real:
        lines.append(
            f"- Real adverts (read from outside the repository, never copied into it; see "
            f"docs/classifier_real_adverts.md): train split in two, {real['learn']} learned from "
            f"(each repeated {real['repeat']}x beside the corpus) and {real['calibrate']} added "
            f"to dev for the fusion (weight share {real['fusion_share']}); real dev only scored."
        )
    for split in ("dev", "test", "challenge", "real_dev"):
        if split in metrics:
            lines.append(
                f"- {split}: {metrics[split]['n']} adverts, {metrics[split]['suspicious']} "
                "suspicious."
            )
    lines += ["", "## Labels", "", "`suspicious` plus these red flags:", ""]
    lines += [f"- `{c}`: {label}" for c, label in RED_FLAG_LABELS.items()]
    lines += ["", "## Results", ""]
    lines += [
        "Thresholds were fixed on dev before test and challenge were scored. The fusion and its "
        "thresholds are fitted on dev, so its dev row is in-sample; read test and challenge.",
        "",
    ]
    for split in ("dev", "test", "challenge", "real_dev"):
        if split in metrics:
            lines += [f"### {split}", "", *_split_table(metrics[split]), ""]
    lines += _alarms(metrics)
    if "challenge" in metrics:
        lines += [
            "The challenge set is an independent, hand-written evaluation set (see its README); "
            "it was never used for training, thresholds or model selection.",
            "",
        ]
    if "test" in metrics:
        lines += ["### Per red flag (test)", "", *_per_code(metrics["test"]), ""]
    if cal:
        lines += [
            "### Calibration (dev, out-of-fold)",
            "",
            f"- Brier score {_fmt(cal.get('oof_brier'))}, ECE {_fmt(cal.get('oof_ece'))} "
            f"(model alone: Brier {_fmt(cal.get('model_alone_brier'))}, "
            f"ECE {_fmt(cal.get('model_alone_ece'))}).",
        ]
        if cal.get("oof_f1_by_c"):
            tried = ", ".join(f"C={c}: {f}" for c, f in cal["oof_f1_by_c"].items())
            lines.append(f"- Fusion regularisation C = {cal['c']}, chosen on dev ({tried}).")
        lines.append("")
        ablation = cal.get("oof_verdict_ablation", {})
        if "oof_verdict_at_threshold" in cal and ablation:
            lines += [
                "### What each signal adds (dev, out-of-fold verdict F1)",
                "",
                f"- fusion {_fmt(cal['oof_verdict_at_threshold']['f1'])}; without the network "
                f"{_fmt(ablation['without_network']['f1'])}; without the n-gram model "
                f"{_fmt(ablation['without_ngram']['f1'])}.",
                "",
            ]
    if "mlm_ablation" in metrics:
        ab = metrics["mlm_ablation"]
        lines += ["### Masked-LM pretraining (dev, model alone, threshold 0.5)", ""]
        for key in ("dev_with_mlm", "dev_without_mlm"):
            if key in ab:
                r = ab[key]
                lines.append(
                    f"- {key.removeprefix('dev_').replace('_', ' ')}: verdict F1 "
                    f"{_fmt(r['verdict_f1'])}, flag micro-F1 {_fmt(r['flag_micro_f1'])}"
                )
        lines.append("")
    lines += [
        "## Training",
        "",
        f"- Time: {metrics.get('train_seconds')} s training + calibration "
        f"({metrics.get('total_seconds')} s with evaluation), "
        f"{hparams.get('threads')} CPU threads, seed {hparams.get('seed')}.",
        "- Hyper-parameters: `hyperparameters.json`; per-epoch dev numbers: `metrics.json`.",
        "",
        "| parameter | value |",
        "| --- | --- |",
    ]
    for k, v in hparams.items():
        if k not in ("version",):
            lines.append(f"| {k} | `{v}` |")
    lines += [
        "",
        "## Serving",
        "",
        "- The tables above are fp32 scores. The CLI, the API and the crawler load the network "
        "with dynamic int8 quantisation by default (`WASPADA_CLASSIFIER_INT8=true`): about 2x "
        "faster on CPU. Check a retrained model with `WASPADA_CLASSIFIER_INT8=true waspada "
        "evaluate --data training_data/test.jsonl` before keeping that default (for the "
        "shipped model, int8 gave the same verdict F1 on dev, test and the challenge set and "
        "red-flag micro-F1 within 0.002).",
        "- int8 activation scales are computed per batch, so a score can differ in the fourth "
        "decimal between batch compositions; set `WASPADA_CLASSIFIER_INT8=false` where exact "
        "reproducibility of scores matters more than speed.",
        "",
        "## Intended use and limits",
        "",
        "- Intended use: to sort and explain job adverts for investigators of the "
        "anti-trafficking task force and to warn citizens. A flag is a reason to look, never "
        "proof: a person reviews every advert before any action.",
        "- The training corpus is small and partly written or generated for this purpose, not "
        "sampled from the wild; numbers on real crawled adverts will be lower, and new scam "
        "scripts will be missed until they are labelled and the model retrained.",
        "- The pay rule depends on the exchange-rate and minimum-wage tables; refresh them yearly.",
        "- Languages: Indonesian (with slang), English, Malay. Other languages are out of scope.",
        "- Do not use it to judge people, only adverts.",
        "",
    ]
    return "\n".join(lines)


def write_model_card(out_dir: Path, metrics: dict[str, Any], hparams: dict[str, Any]) -> Path:
    path = Path(out_dir) / "README.md"
    path.write_text(render(metrics, hparams), "utf-8")
    return path
