"""The spiders: ``jobposting``, ``feed``, ``telegram`` and ``listing``."""
