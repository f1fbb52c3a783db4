"""The network's training loops: masked-LM pretraining of the compact encoder and
fine-tuning on both heads, over length-bucketed batches. :mod:`classifier.train` runs them
with the rest of a training run (tokenizer, calibration, evaluation, model card).
"""

from __future__ import annotations

import classifier.offline  # noqa: F401  (before transformers: never download)

# isort: split

import copy
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn
from transformers import BertConfig, BertForMaskedLM, PreTrainedTokenizerBase

from classifier.corpus import Example
from classifier.inference import Scorer, model_text, raw_tokenizer
from classifier.model import AdvertModel
from vocabulary.red_flags import RED_FLAGS

if TYPE_CHECKING:  # the run's settings; classifier.train imports this module, not the reverse
    from classifier.train import TrainArgs

# Log lines of the loops belong to the training run's log.
log = logging.getLogger("classifier.train")


# ---------------------------------------------------------------- batching helpers


def _encode(tok: Tokenizer, texts: Sequence[str], max_len: int) -> list[list[int]]:
    tok = Tokenizer.from_str(tok.to_str())
    tok.no_padding()
    tok.enable_truncation(max_length=max_len)
    return [e.ids for e in tok.encode_batch(list(texts))]


def _pad(seqs: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[i, : len(s)] = 1
    return ids, mask


def _bucketed_batches(
    lengths: Sequence[int], batch_size: int, rng: random.Random
) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort within pools of 20 batches, shuffle
    the batches. Cuts padding (and time) roughly in half on adverts of very mixed length."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    pool = batch_size * 20
    batches = []
    for start in range(0, len(idx), pool):
        chunk = sorted(idx[start : start + pool], key=lambda i: lengths[i])
        batches += [chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def _schedule(opt: torch.optim.Optimizer, total: int, warmup: float) -> Any:
    warm = max(1, int(total * warmup))

    def factor(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        return max(0.0, (total - step) / max(1, total - warm))

    return torch.optim.lr_scheduler.LambdaLR(opt, factor)


def _optimizer(model: nn.Module, lr: float, weight_decay: float) -> torch.optim.Optimizer:
    decay: list[nn.Parameter] = []
    no_decay: list[nn.Parameter] = []
    for name, p in model.named_parameters():
        (no_decay if p.ndim < 2 or "LayerNorm" in name else decay).append(p)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0}],
        lr=lr,
    )


# ---------------------------------------------------------------- masked-LM pretraining


def _mask_tokens(
    ids: torch.Tensor, mask: torch.Tensor, tok: PreTrainedTokenizerBase, prob: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT's recipe: 15% of real tokens are targets; of those 80% -> [MASK], 10% -> random,
    10% unchanged."""
    labels = ids.clone()
    special = torch.zeros_like(ids, dtype=torch.bool)
    for sid in tok.all_special_ids:
        special |= ids == sid
    chosen = (torch.rand(ids.shape) < prob) & mask.bool() & ~special
    labels[~chosen] = -100
    ids = ids.clone()
    to_mask = chosen & (torch.rand(ids.shape) < 0.8)
    ids[to_mask] = int(tok.mask_token_id)
    to_random = chosen & ~to_mask & (torch.rand(ids.shape) < 0.5)
    ids[to_random] = torch.randint(len(tok), ids.shape)[to_random]
    return ids, labels


def pretrain_mlm(
    config: BertConfig, tok: PreTrainedTokenizerBase, texts: Sequence[str], args: TrainArgs
) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Masked-LM pretraining of the encoder on unlabelled adverts; returns the encoder's
    state dict and a small log. Long adverts are cut into windows so all their text counts."""
    raw = Tokenizer.from_str(tok.backend_tokenizer.to_str())
    raw.no_padding()
    raw.enable_truncation(max_length=args.mlm_max_len, stride=16)
    seqs: list[list[int]] = []
    for enc in raw.encode_batch(list(texts)):
        seqs.append(enc.ids)
        seqs += [o.ids for o in enc.overflowing]
    mlm = BertForMaskedLM(config)
    mlm.train()
    opt = _optimizer(mlm, args.mlm_lr, args.weight_decay)
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(seqs) / args.mlm_batch_size)
    total = steps_per_epoch * args.mlm_epochs
    if args.mlm_max_steps is not None:
        total = min(total, args.mlm_max_steps)
    sched = _schedule(opt, total, args.warmup_ratio)
    step, losses, t0 = 0, [], time.perf_counter()
    while step < total:
        for batch in _bucketed_batches([len(s) for s in seqs], args.mlm_batch_size, rng):
            ids, mask = _pad([seqs[i] for i in batch], int(tok.pad_token_id or 0))
            inp, labels = _mask_tokens(ids, mask, tok, args.mlm_probability)
            # Vocabulary logits only at the masked positions: the output layer over all
            # positions would cost more than the encoder itself.
            hidden = mlm.bert(input_ids=inp, attention_mask=mask).last_hidden_state
            chosen = labels != -100
            logits = mlm.cls(hidden[chosen])
            loss = nn.functional.cross_entropy(logits, labels[chosen])
            loss.backward()
            nn.utils.clip_grad_norm_(mlm.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses.append(loss.item())
            step += 1
            if step % 50 == 0:
                log.info("mlm step %d/%d loss %.3f", step, total, np.mean(losses[-50:]))
            if step >= total:
                break
    info = {
        "sequences": len(seqs),
        "steps": step,
        "first_loss": float(np.mean(losses[:20])) if losses else None,
        "final_loss": float(np.mean(losses[-50:])) if losses else None,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return mlm.bert.state_dict(), info


# ---------------------------------------------------------------- fine-tuning


def _dev_scores(model: AdvertModel, scorer: Scorer, dev: Sequence[Example]) -> dict[str, float]:
    from classifier.metrics import prf

    logits, probs = scorer.score([model_text(e.text, e.title) for e in dev])
    y = np.array([e.suspicious for e in dev])
    yf = np.array([e.flag_vector for e in dev], dtype=bool).reshape(-1, len(RED_FLAGS))
    verdict_f1 = prf(y, logits >= 0)["f1"]
    flag_f1 = prf(yf.ravel(), (probs >= 0.5).ravel())["f1"]
    p = 1 / (1 + np.exp(-logits.astype(np.float64)))
    eps = 1e-7
    loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    return {"verdict_f1": verdict_f1, "flag_micro_f1": flag_f1, "verdict_loss": float(loss)}


def finetune(
    model: AdvertModel,
    tok: PreTrainedTokenizerBase,
    train_set: Sequence[Example],
    dev: Sequence[Example],
    args: TrainArgs,
    *,
    lr: float,
    epochs: int,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[AdvertModel, dict[str, Any]]:
    """BCE on both heads; the epoch with the best dev (verdict F1 + flag micro-F1, then lowest
    dev loss) is kept. Dev picks the epoch; test is never seen. ``progress(step, total)`` is
    called after each optimiser step (the command's progress bar or lines)."""
    raw = tok.backend_tokenizer
    seqs = _encode(raw, [model_text(e.text, e.title) for e in train_set], args.max_len)
    yv = torch.tensor([float(e.suspicious) for e in train_set])
    yf = torch.tensor([e.flag_vector for e in train_set], dtype=torch.float32)
    scorer = Scorer(model, raw_tokenizer(tok, args.max_len), args.max_len)
    opt = _optimizer(model, lr, args.weight_decay)
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(seqs) / args.batch_size)
    total = steps_per_epoch * epochs
    if args.max_steps is not None:
        total = min(total, args.max_steps)
    sched = _schedule(opt, total, args.warmup_ratio)
    best: tuple[float, float] | None = None
    best_state: dict[str, torch.Tensor] | None = None
    history: list[dict[str, Any]] = []
    step, t0 = 0, time.perf_counter()
    for epoch in range(1, epochs + 1):
        model.train()
        losses = []
        for batch in _bucketed_batches([len(s) for s in seqs], args.batch_size, rng):
            ids, mask = _pad([seqs[i] for i in batch], int(tok.pad_token_id or 0))
            out = model(
                input_ids=ids,
                attention_mask=mask,
                verdict_labels=yv[batch],
                flag_labels=yf[batch],
                flag_weight=args.flag_weight,
            )
            assert out.loss is not None
            out.loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses.append(out.loss.item())
            step += 1
            if progress is not None:
                progress(step, total)
            if step >= total:
                break
        scores = _dev_scores(model, scorer, dev) if dev else {}
        row = {"epoch": epoch, "step": step, "train_loss": float(np.mean(losses)), **scores}
        history.append(row)
        log.info("epoch %d %s", epoch, {k: round(v, 4) for k, v in row.items()})
        key = (
            scores.get("verdict_f1", 0) + scores.get("flag_micro_f1", 0),
            -scores.get("verdict_loss", 0),
        )
        if best is None or key > best:
            best, best_state = key, copy.deepcopy(model.state_dict())
        if step >= total:
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    best_row = max(
        history,
        key=lambda r: (
            r.get("verdict_f1", 0) + r.get("flag_micro_f1", 0),
            -r.get("verdict_loss", 0),
        ),
    )
    info = {
        "steps": step,
        "seconds": round(time.perf_counter() - t0, 1),
        "history": history,
        "best_epoch": best_row["epoch"],
        "dev_at_best": {k: v for k, v in best_row.items() if k not in ("epoch", "step")},
    }
    return model, info
