"""Waspada's settings and version: a leaf that every other package may read.

The command line (the composition root, which builds engines and settings and hands them down)
lives in :mod:`cli`; dependencies point one way, as ``tests/test_architecture.py`` checks.
"""

__version__ = "0.1.0"
