"""The OpenAPI document describes every investigators' endpoint: a summary, and a response
model (or the file type it returns)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from waspada.settings import Settings

JSON_ENDPOINTS = {
    ("get", "/api/cases"): "CasePage",
    ("get", "/api/cases/{case_id}"): "Case",
    ("post", "/api/cases/{case_id}/transition"): "Case",
    ("post", "/api/cases/{case_id}/assign"): "Case",
    ("post", "/api/cases/{case_id}/notes"): "Note",
    ("get", "/api/adverts/{advert_id}"): "AdvertDetail",
    ("get", "/api/agencies"): "AgencyPage",
    ("post", "/api/agencies/import"): "ImportResult",
    ("get", "/api/sources"): "Source",
    ("get", "/api/crawl-runs"): "CrawlRun",
    ("post", "/api/sources/{source_id}/crawl"): "CrawlRun",
}
FILES = {
    "/queue.csv": "text/csv",
    "/adverts/{advert_id}/bundle.zip": "application/zip",
    "/adverts/{advert_id}/snapshot/{version}": "text/html",
}


def test_openapi_is_complete(settings: Settings) -> None:
    with TestClient(create_app(settings, load_model=False)) as client:
        doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for (method, path), model in JSON_ENDPOINTS.items():
        op = paths[path][method]
        assert op.get("summary") and not op["summary"].startswith(("Cases", "Get ")), (path, op)
        ok = next(code for code in ("200", "201") if code in op["responses"])
        schema = op["responses"][ok]["content"]["application/json"]["schema"]
        assert model in str(schema), (path, schema)
    for path, media in FILES.items():
        op = paths[path]["get"]
        assert op.get("summary") and media in op["responses"]["200"]["content"]
    # The filters of the queue are documented as query parameters.
    params = {p["name"] for p in paths["/api/cases"]["get"]["parameters"]}
    assert {"status", "flag", "source", "destination", "assignee", "from", "to", "q", "sort",
            "page"} <= params  # fmt: skip
    detail = doc["components"]["schemas"]["AdvertDetail"]["properties"]
    assert {"red_flags", "entities", "agency_register", "links", "audit", "versions"} <= set(detail)
    # HTML pages are not API operations.
    assert "/queue" not in paths and "/adverts/{advert_id}" not in paths


def test_the_schema_says_what_errors_look_like(settings: Settings) -> None:
    """Every operation documents 401/403/422 with the body this service sends (a string
    ``detail``), not FastAPI's default validation array; a 405 names the allowed methods."""
    with TestClient(create_app(settings, load_model=False)) as client:
        doc = client.get("/openapi.json").json()
        wrong_method = client.put("/api/cases")
    op = doc["paths"]["/api/cases/{case_id}/transition"]["post"]
    for status in ("401", "403", "422"):
        schema = op["responses"][status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (status, schema)
    assert doc["components"]["schemas"]["ErrorBody"]["properties"]["detail"]["type"] == "string"
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "GET"
    assert isinstance(wrong_method.json()["detail"], str)


def test_405_lists_every_method_of_the_path(settings: Settings) -> None:
    """GET and POST of one page are two routes; Allow names both (Starlette named the first)."""
    with TestClient(create_app(settings, load_model=False)) as client:
        r = client.request("OPTIONS", "/api/alerts/rules")
        assert r.status_code == 405 and set(r.headers["allow"].split(", ")) == {"GET", "POST"}
        # "new" is a page of its own, not a rule id: POST there is a 405, not a 422.
        r = client.post("/alerts/rules/new")
        assert r.status_code == 405 and r.headers["allow"] == "GET"
