"""The Jinja2 environment of the investigators' pages (server-rendered, no build step)."""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates

from api.auth import csrf_token
from store.services.flags import MODEL_ONLY_LABEL, MODEL_ONLY_NOTE
from vocabulary.red_flags import RED_FLAG_LABELS

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.globals["csrf_token"] = csrf_token
templates.env.globals["RED_FLAG_LABELS"] = RED_FLAG_LABELS
templates.env.globals["MODEL_ONLY_LABEL"] = MODEL_ONLY_LABEL
templates.env.globals["MODEL_ONLY_NOTE"] = MODEL_ONLY_NOTE
