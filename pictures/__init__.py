"""Adverts as pictures: a flyer, a chat screenshot, a photo of a printed notice or a PDF turned
into text with word positions, ready for the classifier's one entry point.

``reader.PictureReader`` is the entry point (limits, one OCR at a time per core, the evidence
copy); ``sniff`` names a file by its bytes, ``images`` opens pictures safely, ``pdf`` reads PDFs
(text layer directly, scanned pages rendered), ``ocr`` runs Tesseract in a child process with a
time limit, ``clean`` repairs what OCR breaks. Every refusal is a :class:`PictureError` with a
code; the citizens' check words it for people (``citizen.messages``). This package imports
nothing of ours, so the citizens' check and the crawler both use it.
"""

from pictures.errors import PictureError
from pictures.reader import Limits, PictureReader, PictureText, TextBox

__all__ = ["Limits", "PictureError", "PictureReader", "PictureText", "TextBox"]
