"""Data files shipped with the classifier (slang, exchange rates, thresholds)."""
