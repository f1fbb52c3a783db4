"""Word-piece tokenizer for the compact model, trained on the advert corpus itself.

A general Indonesian vocabulary wastes most of its entries on words recruiters never use and
splits their slang ("gj", "brkt", "japri", "tnp") into meaningless pieces; ~8k pieces learnt
from the adverts cover that slang and the place names. When a pretrained IndoBERT is fine-tuned
its own tokenizer is used instead (its embeddings are indexed by it).
"""

from __future__ import annotations

import classifier.offline  # noqa: F401  (before transformers: never download)

# isort: split

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import WordPiece
from transformers import AutoTokenizer, PreTrainedTokenizerBase, PreTrainedTokenizerFast

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
TOKENIZER_FILE = "tokenizer.json"


def _build_empty() -> Tokenizer:
    tok = Tokenizer(WordPiece(unk_token="[UNK]", max_input_chars_per_word=50))
    # Lower-case and drop accents (fancy Unicode letters in adverts fold to plain ones under
    # NFKD); Chinese-character splitting is irrelevant here.
    tok.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=False, strip_accents=True, lowercase=True
    )
    # Split on whitespace and punctuation, and keep a run of digits as its own word, so that
    # "15jt" becomes "15" + "jt" and "25juta" shares "juta" with "25 juta": amounts stay whole
    # numbers and the unit is one token whichever way it is glued.
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.BertPreTokenizer(), pre_tokenizers.Digits(individual_digits=False)]
    )
    tok.decoder = decoders.WordPiece(prefix="##")
    return tok


def _learn_vocab(words: Counter[str], vocab_size: int, min_frequency: int) -> list[str]:
    """A WordPiece vocabulary from word counts, deterministically.

    The ``tokenizers`` WordPiece trainer breaks ties between equally frequent merges in hash
    order, so two runs give slightly different vocabularies (and models). This builder sorts
    everything by (count, string): every character (as a word start and as a ``##``
    continuation), then the most frequent whole words (half the remaining budget), then the
    most frequent word-initial prefixes and ``##`` continuations of the other words, which the
    greedy longest-match WordPiece tokenizer composes into rare words.
    """
    chars: Counter[str] = Counter()
    for w, n in words.items():
        for c in w:
            chars[c] += n
    alphabet = sorted(chars)  # every character seen: one unknown char makes a whole word [UNK]
    vocab = list(SPECIAL_TOKENS) + alphabet + [f"##{c}" for c in alphabet]
    budget = max(0, vocab_size - len(vocab))
    frequent = sorted(
        (w for w, n in words.items() if n >= min_frequency and len(w) > 1),
        key=lambda w: (-words[w], w),
    )
    whole = frequent[: budget // 2]
    taken = set(vocab) | set(whole)
    pieces: Counter[str] = Counter()
    chosen = set(whole)
    for w, n in words.items():
        if w in chosen or len(w) < 3:
            continue
        for k in range(2, min(len(w), 8)):
            pieces[w[:k]] += n
        for i in range(1, len(w) - 1):
            for k in range(2, min(len(w) - i, 6) + 1):
                pieces[f"##{w[i : i + k]}"] += n
    ranked = sorted(
        (p for p, n in pieces.items() if n >= min_frequency and p not in taken),
        key=lambda p: (-pieces[p] * (len(p.removeprefix("##")) - 1), p),
    )
    return vocab + whole + ranked[: vocab_size - len(vocab) - len(whole)]


def train_tokenizer(
    texts: Iterable[str], vocab_size: int = 8000, min_frequency: int = 2
) -> Tokenizer:
    """Learn a lower-cased WordPiece vocabulary from ``texts`` (same texts -> same vocab)."""
    tok = _build_empty()
    assert tok.normalizer is not None and tok.pre_tokenizer is not None
    words: Counter[str] = Counter()
    for text in texts:
        norm = tok.normalizer.normalize_str(text)
        words.update(w for w, _ in tok.pre_tokenizer.pre_tokenize_str(norm))
    vocab = _learn_vocab(words, vocab_size, min_frequency)
    tok.model = WordPiece(
        vocab={t: i for i, t in enumerate(vocab)}, unk_token="[UNK]", max_input_chars_per_word=50
    )
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    return tok


def wrap(tok: Tokenizer, model_max_length: int) -> PreTrainedTokenizerFast:
    """The transformers view of a raw tokenizer, with BERT's special tokens named."""
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=model_max_length,
    )


def load_tokenizer(folder: str | Path) -> PreTrainedTokenizerBase:
    """Load the tokenizer saved beside a model (ours or IndoBERT's), from local files only."""
    folder = Path(folder)
    if (folder / "tokenizer_config.json").exists():
        try:
            return AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        except (OSError, ValueError):
            # A config written by another transformers version may name a class this one
            # lacks; our own tokenizer.json is all the compact model needs.
            if not (folder / TOKENIZER_FILE).exists():
                raise
    return wrap(Tokenizer.from_file(str(folder / TOKENIZER_FILE)), model_max_length=512)
