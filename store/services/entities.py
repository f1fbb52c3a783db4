"""An advert's extracted entities as rows: phones, WhatsApp and Telegram contacts, e-mails,
links, bank accounts, agencies, licence numbers, destinations, kinds of job and salaries.

Values are normalised so equal things compare equal (and adverts sharing one are found with one
index lookup, :func:`store.services.links.linked_adverts`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from store.models import Advert, Entity

# Entity kinds kept as rows (indexed by kind, value) and the key in Entities.to_dict().
ENTITY_KINDS = {
    "phones": "phone",
    "whatsapp": "whatsapp",
    "telegram": "telegram",
    "emails": "email",
    "urls": "url",
    "bank_accounts": "bank_account",
    "companies": "agency",
    "licence_numbers": "licence",
    "job_types": "job_type",
}


def replace_entities(
    session: Session, advert: Advert, entities: dict[str, Any], *, is_new: bool = False
) -> None:
    """The advert's entity rows become those of ``entities`` (the classifier's
    ``Entities.to_dict()``). ``is_new``: the advert was just created, so it has none to delete."""
    # Entity rows are written with Core executemany, not as ORM objects: a crawled advert has
    # two dozen of them and the ORM's per-object bookkeeping was most of its cost.
    if not is_new:
        session.execute(delete(Entity).where(Entity.advert_id == advert.id))
        session.expire(advert, ["entities"])
    rows: list[dict[str, Any]] = []

    def row(kind: str, value: str, e: dict[str, Any], **more: Any) -> dict[str, Any]:
        base = {"amount": None, "currency": None, "period": None, "idr_month": None}
        return {"advert_id": advert.id, "kind": kind, "value": value,
                "start": e.get("start"), "end": e.get("end"), **base, **more}  # fmt: skip

    for key, kind in ENTITY_KINDS.items():
        seen: set[str] = set()
        for e in entities.get(key, []):
            value = entity_value(kind, str(e["value"]))
            if value and value not in seen:
                seen.add(value)
                rows.append(row(kind, value, e))
    for d in entities.get("destinations", []):
        rows.append(row("destination", d["country"], d))
    for sal in entities.get("salaries", []):
        rows.append(
            row(
                "salary",
                sal.get("text", "")[:300],
                sal,
                amount=sal.get("amount_max") or sal.get("amount"),
                currency=sal.get("currency"),
                period=sal.get("period"),
                idr_month=sal.get("idr_month"),
            )
        )
    if rows:
        session.connection().execute(insert(Entity), rows)


def entity_value(kind: str, value: str) -> str:
    """Normalise so equal things compare equal: agencies by folded name, the rest lower-case."""
    value = value.strip()
    if kind == "agency":
        return " ".join(value.upper().replace(".", " ").split())[:300]
    if kind in {"bank_account"}:
        return " ".join(value.upper().split())[:300]
    return value.lower()[:300]
