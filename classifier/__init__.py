"""Waspada classifier: understands one job advert and says which red flags it shows, and why.

This package imports nothing else of Waspada's (no settings, no database): callers pass
configuration in, so the crawler, the API and the CLI all share one entry point,
:func:`classifier.pipeline.Classifier.classify`.
"""
