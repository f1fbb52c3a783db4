"""The citizens' "Cek nomor / rekening" (issue 23), with no web framework in it: the API routes,
the public page and ``waspada check-number`` all call :class:`NumberChecker`.

The answer is built only from what investigators confirmed (:mod:`store.services.numbers`):
how many escalated cases carry the value, when it was first and last seen, the destinations
and red flags of those adverts, and what to do. A value with no confirmed case gets the same
answer whether it was never seen or seen only in adverts nobody confirmed.

Look-ups are counted by kind and outcome only (:class:`LookupCounter`), never the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from citizen.channels import ReportChannels
from citizen.counting import BufferedCounter
from citizen.messages import Lang
from citizen.number_input import NumberError, parse_value
from citizen.number_messages import (
    IN_ADVERT,
    KIND_LABEL,
    MONEY_STEPS,
    NOT_REPORTED,
    NOTE,
    REPORTED,
    STEPS_NOT_REPORTED,
    STEPS_REPORTED,
    SUMMARY_NOT_REPORTED,
    SUMMARY_REPORTED,
    WHAT,
)
from classifier.gazetteer import COUNTRIES
from metrics import NUMBER_CHECKS
from store.models import utcnow
from store.services.numbers import (
    Confirmed,
    LookupCount,
    ValueKey,
    lookup,
    lookup_many,
    record_lookups,
)
from vocabulary.names import MONTHS_ID
from vocabulary.red_flags import RED_FLAG_LABELS, RED_FLAG_LABELS_EN

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
COUNTRY_NAMES = {code: name for code, name, _ in COUNTRIES}
MAX_ADVERT_CONTACTS = 10  # contacts of one pasted advert looked up (an advert lists a few)


def _day(value: dt.datetime | None) -> str | None:
    """A date (WIB), not a time: enough to say how recent, no more."""
    return value.astimezone(WIB).date().isoformat() if value is not None else None


MONTHS = {
    "id": list(MONTHS_ID),
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def day_label(iso: str | None, lang: Lang) -> str:
    """ "2026-11-02" as the page shows it: "2 November 2026"."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


@dataclass(frozen=True)
class NumberAnswer:
    key: ValueKey
    record: Confirmed
    channels: ReportChannels

    @property
    def reported(self) -> bool:
        return self.record.cases > 0

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        kind = self.key.kind
        what = WHAT[lang][kind]
        task_force = self.channels.task_force(lang)
        labels = RED_FLAG_LABELS_EN if lang == "en" else RED_FLAG_LABELS
        if self.reported:
            headline = REPORTED[lang].format(n=self.record.cases)
            summary = SUMMARY_REPORTED[lang].format(task_force=task_force, what=what)
            steps = STEPS_REPORTED[lang]
        else:
            headline = NOT_REPORTED[lang]
            summary = SUMMARY_NOT_REPORTED[lang].format(what=what)
            steps = STEPS_NOT_REPORTED[lang]
        money = None
        if kind == "bank_account":
            money = {"steps": MONEY_STEPS[lang], "channels": self.channels.money(lang)}
        return {
            "value": self.key.shown,
            "kind": kind,
            "kind_label": KIND_LABEL[lang][kind],
            "confirmed_reports": self.record.cases,
            "headline": headline,
            "first_seen": _day(self.record.first_seen),
            "last_seen": _day(self.record.last_seen),
            "destinations": [
                {"code": c, "name": COUNTRY_NAMES.get(c, c)} for c in self.record.destinations
            ],
            "red_flags": [
                {"code": c, "label": RED_FLAG_LABELS.get(c, c), "title": labels.get(c, c)}
                for c in self.record.red_flags
            ],
            "advice": {
                "summary": summary,
                "steps": steps,
                "money": money,
                "report": self.channels.to_dict(lang),
            },
            "note": NOTE[lang],
            "lang": lang,
        }


class LookupCounter(BufferedCounter[LookupCount]):
    """Look-ups counted by kind and outcome, per region, written in batches."""

    def __init__(self, factory: sessionmaker[Session], region: str, flush_s: float) -> None:
        super().__init__(factory, flush_s, "number-count")
        self.region = region

    def count(self, kind: str, outcome: str) -> None:
        self.add(LookupCount(kind, outcome, self.region, utcnow()))

    def _write(self, rows: list[LookupCount]) -> None:
        record_lookups(self.factory, rows)


def advert_keys(entities: dict[str, Any]) -> list[ValueKey]:
    """The phone numbers, e-mail addresses and bank accounts (with digits) among a classifier
    result's entities, as look-up keys, each once."""
    keys: dict[tuple[str, str, str | None], ValueKey] = {}
    for item in [*entities.get("phones", []), *entities.get("whatsapp", [])]:
        keys.setdefault(("phone", item["value"], None), ValueKey("phone", item["value"]))
    for item in entities.get("emails", []):
        value = str(item["value"]).lower()
        keys.setdefault(("email", value, None), ValueKey("email", value))
    for item in entities.get("bank_accounts", []):
        bank, _, number = str(item["value"]).rpartition(" ")
        if not re.fullmatch(r"\d{8,20}", number):
            continue
        named = None if bank.lower() in ("", "rekening") else bank
        keys.setdefault(("bank_account", number, named), ValueKey("bank_account", number, named))
    return list(keys.values())[:MAX_ADVERT_CONTACTS]


class NumberChecker:
    """Everything a look-up needs, built once per app (or per command run)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        channels: ReportChannels,
        counter: LookupCounter | None = None,
    ) -> None:
        self.sessions = sessions
        self.channels = channels
        self.counter = counter

    def check(self, raw: object, channel: str = "cli") -> NumberAnswer:
        """Read, look up and count one typed value; :class:`NumberError` when it cannot be
        read (counted as "invalid"). ``channel`` (web, api) labels the service's metric."""
        try:
            key = parse_value(raw)
        except NumberError:
            NUMBER_CHECKS.labels(channel, "invalid", "invalid").inc()
            if self.counter is not None:
                self.counter.count("invalid", "invalid")
            raise
        answer = self.answer(key)
        outcome = "reported" if answer.reported else "none"
        NUMBER_CHECKS.labels(channel, key.kind, outcome).inc()
        if self.counter is not None:
            self.counter.count(key.kind, outcome)
        return answer

    def answer(self, key: ValueKey) -> NumberAnswer:
        return NumberAnswer(key, lookup(self.sessions, key), self.channels)

    def reported_in(self, entities: dict[str, Any]) -> list[NumberAnswer]:
        """The contacts of a checked advert that have confirmed reports (every contact is
        looked up, so the time taken does not tell whether one was found)."""
        keys = advert_keys(entities)
        if not keys:
            return []
        records = lookup_many(self.sessions, keys)
        return [
            NumberAnswer(key, record, self.channels)
            for key, record in zip(keys, records, strict=True)
            if record.cases > 0
        ]


def in_advert(answers: Iterable[NumberAnswer], lang: Lang) -> list[dict[str, Any]]:
    """The ``reported_contacts`` of an advert check: one line per reported contact."""
    out = []
    for a in answers:
        line = IN_ADVERT[lang].format(
            what=KIND_LABEL[lang][a.key.kind], value=a.key.shown, n=a.record.cases
        )
        out.append(
            {
                "value": a.key.shown,
                "kind": a.key.kind,
                "confirmed_reports": a.record.cases,
                "first_seen": _day(a.record.first_seen),
                "last_seen": _day(a.record.last_seen),
                "message": line,
            }
        )
    return out
