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
    """Turns texts into (verdict logit, 11 red-flag probabilities) with a loaded model."""

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
        """Verdict logits (N,) and flag probabilities (N, 11), in the order of ``texts``.

        Texts are sorted by length before batching so that a batch pads to similar lengths
        (adverts range from one WhatsApp line to a full page).
        """
        n = len(texts)
        verdict = np.zeros(n, dtype=np.float32)
        flags = np.zeros((n, 11), dtype=np.float32)
        if n == 0:
            return verdict, flags
        order = sorted(range(n), key=lambda i: len(texts[i]))
        was_training = self.model.training
        self.model.eval()
        with torch.inference_mode():
            for start in range(0, n, batch_size):
                idx = order[start : start + batch_size]
                enc = self.tokenizer.encode_batch([texts[i] for i in idx])
                ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
                mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)
                out = self.model(input_ids=ids, attention_mask=mask)
                verdict[idx] = out.verdict_logits.float().numpy()
                flags[idx] = torch.sigmoid(out.flag_logits).float().numpy()
        if was_training:
            self.model.train()
        return verdict, flags
