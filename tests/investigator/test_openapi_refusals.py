"""The OpenAPI schema says what the service refuses on purpose (issue 19.8), and the service
does what the schema says, over real HTTP: NUL refused in every string parameter and body text,
the choices of the queue's and the alerts' filters, the dates of the reports, texts that must
say something, "text or url" for the check, and an admin's own deactivation as a documented 409.
(schemathesis, run by hand in its own virtualenv, holds the whole schema to the service; these
tests keep what it found from coming back.)"""

from __future__ import annotations

import re
from typing import Any

from api.openapi import ANY_TEXT
from tests.investigator.conftest import Client, Live


def _strings(node: Any, components: dict[str, Any], seen: set[str]) -> list[dict[str, Any]]:
    """The string schemas in a body schema (through $ref, properties, items, anyOf)."""
    if not isinstance(node, dict):
        return []
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name in seen:
            return []
        seen.add(name)
        return _strings(components[name], components, seen)
    found = [node] if node.get("type") == "string" else []
    for sub in (node.get("properties") or {}).values():
        found += _strings(sub, components, seen)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, []):
            found += _strings(sub, components, seen)
    if isinstance(node.get("items"), dict):
        found += _strings(node["items"], components, seen)
    return found


def _refuses_nul(schema: dict[str, Any]) -> bool:
    if "enum" in schema:
        return all("\x00" not in str(v) for v in schema["enum"])
    pattern = schema.get("pattern")
    return pattern is not None and re.search(pattern, "gaji\x00besar") is None


def test_every_string_parameter_and_body_text_states_that_nul_is_refused(
    live: Live, login: Any
) -> None:
    admin: Client = login("admin1")
    doc = admin.http.get("/openapi.json").json()
    components = doc["components"]["schemas"]
    unstated: list[str] = []
    lenient: set[str] = set()
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            for param in op.get("parameters", []):
                strings = _strings(param["schema"], components, set())
                top = param["schema"]
                if strings and not (_refuses_nul(top) or all(_refuses_nul(s) for s in strings)):
                    unstated.append(f"{method} {path} {param['name']}")
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
            if body:
                for s in _strings(body["schema"], components, set()):
                    if s.get("pattern") == ANY_TEXT["pattern"]:
                        lenient.add(s.get("title", ""))  # stated: read leniently, NUL and all
                    elif not _refuses_nul(s):
                        unstated.append(f"{method} {path} body {s.get('title', s)}")
    assert unstated == []
    assert lenient == {"Lang"}
    r = admin.http.post("/api/check", json={"text": "Dicari kasir toko", "lang": "e\x00n"})
    assert r.status_code == 200  # an unknown language is read as Indonesian
    # ...and the service refuses what the schema says it refuses.
    r = admin.http.get("/api/cases", params={"q": "gaji\x00besar"})
    assert r.status_code == 422 and "NUL" in r.json()["detail"]


def _param(doc: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    op = doc["paths"][path]["get"]
    schema: dict[str, Any] = next(p for p in op["parameters"] if p["name"] == name)["schema"]
    return schema


def test_stated_choices_and_formats_are_what_the_service_accepts(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    doc = admin.http.get("/openapi.json").json()

    sort = _param(doc, "/api/cases", "sort")["enum"]
    assert sort == ["priority", "score", "fresh", "oldest"]
    for value in sort:
        assert admin.http.get("/api/cases", params={"sort": value}).status_code == 200, value
    assert admin.http.get("/api/cases", params={"sort": "\xa0"}).status_code == 422
    statuses = _param(doc, "/api/cases", "status")["items"]["enum"]
    for value in statuses:
        assert admin.http.get("/api/cases", params={"status": value}).status_code == 200, value
    assert admin.http.get("/api/cases", params={"status": "ok"}).status_code == 422
    alert_statuses = _param(doc, "/api/alerts", "status")["enum"]
    for value in alert_statuses:
        assert admin.http.get("/api/alerts", params={"status": value}).status_code == 200
    assert admin.http.get("/api/alerts", params={"status": "ok"}).status_code == 422

    month = _param(doc, "/reports/monthly.csv", "month")["pattern"]
    for value, fits in [
        ("2026-11", True),
        ("1999-12", False),
        ("2026-13", False),
        ("26-11", False),
    ]:
        assert bool(re.search(month, value)) is fits, value
        status = admin.http.get("/reports/monthly.csv", params={"month": value}).status_code
        assert (status == 200) is fits, (value, status)
    day = _param(doc, "/api/stats", "start")
    for value, fits in [
        ("2026-11-01", True),
        ("", True),
        ("2026-11-1", False),
        ("0000-01-01", False),
    ]:
        assert bool(re.search(day["pattern"], value)) is fits, value
        r = admin.http.get("/api/stats", params={"start": value, "end": "2026-12-01"})
        assert (r.status_code == 200) is fits, (value, r.text)


def test_texts_that_must_say_something_and_text_or_url(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    doc = admin.http.get("/openapi.json").json()
    components = doc["components"]["schemas"]
    note = components["NoteIn"]["properties"]["body"]
    assert note["minLength"] == 1
    for text, fits in [("", False), ("   ", False), ("Sudah ditelepon", True)]:
        assert bool(re.search(note["pattern"], text)) is fits
    name = components["RuleBody"]["properties"]["name"]
    assert name["minLength"] == 1 and not re.search(name["pattern"], " ")
    r = admin.post_json(
        "/api/alerts/rules",
        {"name": " ", "trigger": "tip", "channel": "email", "target": "a@example.id"},
    )
    assert r.status_code == 422 and "Nama aturan" in r.json()["detail"]

    # The check: exactly one of text and url holds something.
    body = doc["paths"]["/api/check"]["post"]["requestBody"]["content"]["application/json"]
    text_branch, url_branch = body["schema"]["oneOf"]

    def matches(branch: dict[str, Any], given: dict[str, Any]) -> bool:
        (field,) = branch["required"]
        value = given.get(field)
        return isinstance(value, str) and bool(
            re.search(branch["properties"][field]["pattern"], value)
        )

    cases: list[tuple[dict[str, Any], int]] = [
        ({"text": "Dicari admin online Kamboja, gaji 20 juta, visa turis"}, 200),
        ({"text": "   "}, 422),
        ({}, 422),
        ({"text": "Dicari admin online", "url": "https://loker.example.id/1"}, 400),
        ({"text": None, "url": "bukan link"}, 422),
    ]
    for given, status in cases:
        exactly_one = matches(text_branch, given) != matches(url_branch, given)
        assert exactly_one is (status == 200), given
        r = admin.http.post("/api/check", json=given)
        assert r.status_code == status, (given, r.text)

    deactivate = doc["paths"]["/api/users/{username}/deactivate"]["post"]["responses"]
    assert "409" in deactivate and "own" in deactivate["409"]["description"]
    r = admin.post_json("/api/users/admin1/deactivate", {})
    assert r.status_code == 409 and "akun Anda sendiri" in r.json()["detail"]


def test_a_patch_with_null_lists_keeps_them_instead_of_failing(live: Live, login: Any) -> None:
    """schemathesis found PATCH /api/alerts/rules/{id} with ``"codes": null`` answered 500."""
    admin: Client = login("admin1")
    made = admin.post_json(
        "/api/alerts/rules",
        {"name": "Tanda bahaya", "trigger": "red_flags", "codes": ["upfront_fee"],
         "channel": "email", "target": "satgas@example.id", "min_score": 0.5},
    )  # fmt: skip
    assert made.status_code == 201, made.text
    rule_id = made.json()["id"]
    r = admin.http.patch(
        f"/api/alerts/rules/{rule_id}",
        json={"codes": None, "link_kinds": None, "name": None, "min_score": None},
        headers={"X-CSRF-Token": admin.csrf},
    )
    assert r.status_code == 200, r.text
    rule = r.json()
    assert rule["codes"] == ["upfront_fee"] and rule["name"] == "Tanda bahaya"
    assert rule["min_score"] is None  # null clears the optional threshold
