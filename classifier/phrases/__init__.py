"""Phrase patterns behind the red-flag rules, one module per rule.

Each entry is a regular-expression fragment matched on the *normalised* advert text: lower
case, elongations collapsed and slang expanded (so "gak", "tdk" and "tak" all read "tidak",
"brkt" reads "berangkat", "tnp" reads "tanpa"). Indonesian, English and Malay phrasings sit
side by side. Keep entries general (a pattern per idea, not per advert) and add a test when
adding one.

Layout: ``shared`` holds what several rules read (negations, warnings, official channels,
going abroad); every other module is named for the red-flag code whose rule it serves
(``high_pay``, ``upfront_fee``, ... as in ``docs/red_flags.md``). A rule may also read another
rule's phrases (``unlicensed_recruiter`` asks whether an advert lures young women); it imports
them from the module that defines them. This package re-exports nothing.
"""
