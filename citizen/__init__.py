"""The citizens' check: paste a job advert (or its link), get a risk band in plain words, the
reasons with the advert's own words, what to check yourself and where to report.

``check`` holds the check itself (no web framework), ``safe_fetch`` (in ``api``) fetches links
without reaching our own network, ``batcher`` serves the classifier under load, ``messages``
holds every word in Bahasa Indonesia and English, ``channels`` the report channels per region.
The routes are in ``api.routes.check``.
"""
