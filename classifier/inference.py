"""Batched, thread-safe scoring of advert texts with the neural model.

Shared by the pipeline (serving) and by training (dev predictions for the fusion), so the
numbers the fusion is fitted on are produced by exactly the code that serves them.
"""

from __future__ import annotations

import classifier.offline  # noqa: F401  (before transformers: never download)

# isort: split

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn
from transformers import PreTrainedTokenizerBase

from classifier.tokenizer import load_tokenizer
from vocabulary.red_flags import RED_FLAGS

DEFAULT_BATCH = 32


def model_text(text: str, title: str | None) -> str:
    """What the network reads: the title (when there is one) on its own line, then the body."""
    return f"{title}\n{text}" if title else text


def raw_tokenizer(tok: PreTrainedTokenizerBase, max_len: int) -> Tokenizer:
    """A private copy of the Rust tokenizer with truncation and padding fixed once.

    Changing truncation/padding per call (what ``tokenizer(..., padding=True)`` does) mutates
    shared state and fails with "Already borrowed" when two web requests tokenise at once;
    a copy configured up front is only ever read, so it is safe across threads.
    """
    backend = getattr(tok, "backend_tokenizer", None)
    if backend is None:
        raise TypeError("a fast (Rust) tokenizer is required")
    raw = Tokenizer.from_str(backend.to_str())
    raw.no_padding()
    raw.enable_truncation(max_length=max_len)
    pad_id = tok.pad_token_id if tok.pad_token_id is not None else 0
    raw.enable_padding(pad_id=pad_id, pad_token=tok.pad_token or "[PAD]")
    return raw


class Scorer:
    """Turns texts into (verdict logit, one probability per red flag) with a loaded model."""

    def __init__(self, model: nn.Module, tokenizer: Tokenizer, max_len: int) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.max_len = max_len

    @classmethod
    def from_folder(cls, folder: str | Path, model: nn.Module, max_len: int) -> Scorer:
        return cls(model, raw_tokenizer(load_tokenizer(folder), max_len), max_len)

    def score(
        self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH
    ) -> tuple[np.ndarray, np.ndarray]:
        """Verdict logits (N,) and flag probabilities (N, codes), in the order of ``texts``.

        Texts are tokenised once, sorted by token count and cut into batches of similar
        lengths (see :func:`length_buckets`), each padded only to its own longest advert:
        adverts range from one WhatsApp line to a full page, and a batch padded to its
        longest member spent most of its time on padding.
        """
        n = len(texts)
        verdict = np.zeros(n, dtype=np.float32)
        flags = np.zeros((n, len(RED_FLAGS)), dtype=np.float32)
        if n == 0:
            return verdict, flags
        enc = self.tokenizer.encode_batch(list(texts))  # padded to the longest of all
        ids_all = np.array([e.ids for e in enc], dtype=np.int64)
        mask_all = np.array([e.attention_mask for e in enc], dtype=np.int64)
        lengths = mask_all.sum(axis=1)
        was_training = self.model.training
        self.model.eval()
        with torch.inference_mode():
            for idx in length_buckets(lengths, batch_size):
                width = int(lengths[idx].max())
                ids = torch.from_numpy(ids_all[idx, :width])
                mask = torch.from_numpy(mask_all[idx, :width])
                out = self.model(input_ids=ids, attention_mask=mask)
                verdict[idx] = out.verdict_logits.float().numpy()
                flags[idx] = torch.sigmoid(out.flag_logits).float().numpy()
        if was_training:
            self.model.train()
        return verdict, flags


# A batch is closed when the next (longer) advert would pad the shortest member by more than
# this share of its length. A forward pass costs roughly its padded token count plus a fixed
# overhead, so a little padding is cheaper than another pass. The quarter is a judgement, not
# tuned; against padding each batch of 32 to its longest member it raised the served pipeline
# on dev/test adverts from 156.9 to 176.8 adverts/s (benchmarks/classifier_batches.py).
BUCKET_SLACK = 0.25
BUCKET_MIN_TOKENS = 16


def length_buckets(lengths: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """Indices of ``lengths`` in ascending order of length, cut into batches of at most
    ``batch_size`` whose longest member is at most ``BUCKET_SLACK`` longer than the shortest
    (or ``BUCKET_MIN_TOKENS`` tokens, for short adverts)."""
    order = np.argsort(lengths, kind="stable")
    batches: list[np.ndarray] = []
    start = 0
    for pos in range(1, len(order)):
        first, nxt = int(lengths[order[start]]), int(lengths[order[pos]])
        limit = max(first * (1 + BUCKET_SLACK), first + BUCKET_MIN_TOKENS)
        if pos - start >= batch_size or nxt > limit:
            batches.append(order[start:pos])
            start = pos
    if len(order):
        batches.append(order[start:])
    return batches
