"""Waspada: the composition root (settings and the ``waspada`` command line).

Dependencies point one way: ``api`` and ``crawler`` use ``store`` and ``classifier``;
``store`` imports only :mod:`waspada.settings`; ``classifier`` imports nothing of ours.
The CLI imports the other packages lazily, inside each command, so that ``--help`` is fast.
"""

__version__ = "0.1.0"
