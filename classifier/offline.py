"""Keeps Hugging Face libraries offline: this package only ever loads local files.

Imported (for its side effect) before ``transformers`` by every module of ours that uses it:
``huggingface_hub`` reads these variables once, when it is first imported, so setting them
later would be too late. Every load also passes ``local_files_only=True``.
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
