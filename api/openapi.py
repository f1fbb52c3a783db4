"""The OpenAPI schema says what the service refuses on purpose (issue 19.8).

Every path and query string is refused with 422 when it holds a NUL (``api.deps.
refuse_bad_query``, an app-wide dependency FastAPI cannot see in a parameter's type), so every
string path or query parameter states it: ``pattern: ^[^\\x00]*$`` (JSON Schema applies a pattern to
strings only, so it also holds for ``string | null``). A parameter that already states a
narrower pattern or a list of values keeps it. What a single route refuses (an empty name, a
date that is not ``YYYY-MM-DD``, "text or url") is said where the route declares it.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic.json_schema import JsonDict

NO_NUL = r"^[^\x00]*$"
# A text the service reads leniently, NUL included (a language code it does not know falls back
# to Indonesian): stated, so the NUL rule above is not added to it.
ANY_TEXT: JsonDict = {"pattern": r"^[\s\S]*$"}
# A text that must say something: not empty, not only spaces, no NUL.
NOT_BLANK: JsonDict = {"minLength": 1, "pattern": r"^[^\x00]*[^\s\x00][^\x00]*$"}


def _state_no_nul(schema: dict[str, Any]) -> None:
    if "pattern" in schema or "enum" in schema or "const" in schema:
        return
    if schema.get("type") == "string":
        schema["pattern"] = NO_NUL
    for sub in schema.get("anyOf", []):
        if isinstance(sub, dict):
            _state_no_nul(sub)
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _state_no_nul(schema["items"])


def _body_strings(node: Any, components: dict[str, Any], seen: set[str]) -> None:
    """Every string field of a request body's schema (through $ref, properties, items, anyOf,
    oneOf, allOf) refuses NUL."""
    if isinstance(node, list):
        for item in node:
            _body_strings(item, components, seen)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        if name not in seen and name in components:
            seen.add(name)
            _body_strings(components[name], components, seen)
        return
    _state_no_nul(node)
    for key in ("properties",):
        for sub in (node.get(key) or {}).values():
            _body_strings(sub, components, seen)
    for key in ("items", "anyOf", "oneOf", "allOf"):
        if key in node:
            _body_strings(node[key], components, seen)


def tighten(schema: dict[str, Any]) -> dict[str, Any]:
    """The generated schema, with every string parameter and body field refusing NUL."""
    components = schema.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for param in operation.get("parameters", []):
                if param.get("in") in ("path", "query") and isinstance(param.get("schema"), dict):
                    _state_no_nul(param["schema"])
            content = (operation.get("requestBody") or {}).get("content", {})
            if "application/json" in content:
                _body_strings(content["application/json"].get("schema"), components, seen)
    return schema


def install(app: FastAPI) -> None:
    """Serve the tightened schema at ``/openapi.json`` (built once, then cached by FastAPI)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            tighten(generate())  # FastAPI's generator caches what it built in openapi_schema
        assert app.openapi_schema is not None
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
