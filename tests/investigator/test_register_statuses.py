"""A licence that is in the P3MI register but revoked or suspended is reported as such, never as
missing (issue 20, item 2), however the advert writes the permit's name before the number
("izin P3MI No.", "SIUP P3MI") or the category before the company ("P3MI PT ...").

Over real HTTP: the register is uploaded from the page with the Indonesian status words the
import accepts ("dicabut", "ditangguhkan"), adverts classified by the real model are stored, and
the advert page and ``/api/adverts/{id}`` are read back."""

from __future__ import annotations

from typing import Any

import lxml.html

from store.db import transaction
from tests.investigator import seed
from tests.investigator.conftest import Client, Live

REGISTER = (
    "nama,nomor_izin,alamat,status\n"
    "PT Cahaya Timur Sejahtera,7/0456/PK.02/2023,Jl. Gatot Subroto 5 Jambi,dicabut\n"
    "PT Sinar Bahari Nusantara,4/0777/PK.02/2024,Jl. Hayam Wuruk 3 Jambi,ditangguhkan\n"
    "PT Asa Hikari Nusantara,3/0999/PK.02/2024,Jl. Kol. Abunjani Jambi,aktif\n"
)
ADVERTS = {
    "revoked": (
        "PT Cahaya Timur Sejahtera, izin P3MI No. 7/0456/PK.02/2023, membuka lowongan operator "
        "pabrik di Malaysia. Gaji RM 1.800, biaya proses Rp 12.000.000 dibayar di muka. "
        "WA 0852-1111-2222."
    ),
    "suspended": (
        "P3MI PT Sinar Bahari Nusantara (SIUP P3MI 4/0777/PK.02/2024) mencari pekerja kebun "
        "sawit di Malaysia, berangkat minggu depan, biaya Rp 9.000.000. WA 0852-3333-4444."
    ),
    "missing": (
        "PT Maju Terus Sentosa, izin P3MI No. 9/9999/PK.02/2025, mencari pekerja pabrik di "
        "Malaysia, biaya proses Rp 10.000.000 di muka. WA 0852-5555-6666."
    ),
}


def _store(live: Live, classifier: Any) -> dict[str, int]:
    from classifier.pipeline import AdvertInput

    results = classifier.classify([AdvertInput(text=t, id=k) for k, t in ADVERTS.items()])
    ids = {}
    for (key, text), result in zip(ADVERTS.items(), results, strict=True):
        with transaction(live.factory) as session:
            ids[key] = seed.ingest_one(
                session,
                f"register-{key}",
                result.to_dict(),
                source_id=live.world.sources["loker-jambi"],
                channel="job_board",
                when=seed.NOW,
                text=text,
            )
    return ids


def _register(client: Client, advert_id: int) -> tuple[dict[str, Any], list[str], str]:
    """The API's register checks (by kind), the page's register lines, and the register flag's
    reason."""
    detail = client.http.get(f"/api/adverts/{advert_id}").json()
    checks = {c["kind"]: c for c in detail["agency_register"]["checks"]}
    page = lxml.html.fromstring(client.http.get(f"/adverts/{advert_id}").text)
    lines = [" ".join(li.text_content().split()) for li in page.cssselect("#register li")]
    [flag] = [f for f in detail["red_flags"] if f["origin"] == "register"]
    return checks, lines, flag["reason"]


def test_revoked_and_suspended_licences_are_not_reported_missing(
    live: Live, login: Any, classifier: Any
) -> None:
    ids = _store(live, classifier)
    siti: Client = login("siti")
    r = siti.http.post(
        "/agencies/import",
        data={"csrf_token": siti.csrf},
        files={"file": ("p3mi.csv", REGISTER.encode(), "text/csv")},
    )
    assert r.status_code == 303 and r.headers["location"] == "/agencies?imported=3-3-0-0"

    checks, lines, reason = _register(siti, ids["revoked"])
    assert {k: c["status"] for k, c in checks.items()} == {
        "agency": "revoked",
        "licence": "revoked",
    }
    assert checks["licence"]["agency_name"] == "PT Cahaya Timur Sejahtera"
    assert checks["licence"]["licence_number"] == "7/0456/PK.02/2023"
    assert len(lines) == 2 and all("Izin DICABUT" in line for line in lines), lines
    assert not any("TIDAK ADA" in line for line in lines)
    assert "izinnya dicabut" in reason and "tidak ada dalam daftar" not in reason

    checks, lines, reason = _register(siti, ids["suspended"])
    assert {k: c["status"] for k, c in checks.items()} == {
        "agency": "suspended",
        "licence": "suspended",
    }
    assert checks["agency"]["agency_name"] == "PT Sinar Bahari Nusantara"
    assert len(lines) == 2 and all("Izin DIBEKUKAN" in line for line in lines), lines
    assert "izinnya dibekukan" in reason and "tidak ada dalam daftar" not in reason

    # A company and licence that really are not on the register are still said to be missing.
    checks, lines, reason = _register(siti, ids["missing"])
    assert {c["status"] for c in checks.values()} == {"unknown"}
    assert lines and all("TIDAK ADA di daftar P3MI" in line for line in lines)
    assert "tidak ada dalam daftar P3MI" in reason
