"""The crawler: Scrapy spiders for the sources people in Jambi see, the item pipeline
(clean -> dedupe -> classify -> store), evidence snapshots and periodic crawls.

:mod:`crawler.extract` is plain Python (no Scrapy): the spiders, ``waspada extract`` and the
citizens' URL check all use it, so a page is read the same way everywhere.
"""
