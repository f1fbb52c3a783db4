"""The licensed-agency register: importing good and bad CSV (all or nothing, errors naming the
line), by service, by upload and by the CLI, and the check of an advert's agencies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.errors import InvalidInput
from store.models import Agency, AuditLog
from store.services import agencies
from tests.investigator.conftest import Client, Live
from tests.investigator.seed import REVOKED_AGENCY

GOOD = (
    "name,licence_number,address,status\n"
    'PT Bahari Sejahtera Mandiri,2/1240/PK.02/2025,"Jl. Sumantri Brojonegoro 12, Jambi",active\n'
    f"{REVOKED_AGENCY},7/0456/PK.02/2023,Jl. Gatot Subroto 5 Jambi,revoked\n"
    "PT Asa Hikari Nusantara,3/0999/PK.02/2024,Jl. Kol. Abunjani Jambi,aktif\n"
)


def _count(factory: sessionmaker[Session]) -> int:
    with factory() as s:
        return int(s.scalar(select(func.count(Agency.id))) or 0)


def test_good_csv_is_imported_and_reimport_updates_in_place(
    factory: sessionmaker[Session],
) -> None:
    result = agencies.import_csv(factory, GOOD.encode(), "cli", filename="p3mi.csv")
    assert (result.rows, result.created, result.updated, result.unchanged) == (3, 3, 0, 0)
    with factory() as s:
        asa = s.scalar(select(Agency).where(Agency.licence_number == "3/0999/PK.02/2024"))
        assert asa is not None and asa.status == "active" and asa.name_key == "ASA HIKARI NUSANTARA"
    # Next month's file, exported from Excel with Indonesian settings: ";" separators, a BOM,
    # Indonesian headings, Windows line ends; one licence suspended, one agency new.
    newer = (
        "\ufeffNama;Nomor Izin;Alamat;Status\r\n"
        "PT. Asa Hikari Nusantara;SIP3MI No. 3/0999/PK.02/2024;Jl. Abunjani Jambi;dibekukan\r\n"
        "PT Bahari Sejahtera Mandiri;2/1240/PK.02/2025;"
        "Jl. Sumantri Brojonegoro 12, Jambi;active\r\n"
        "PT Mitra Karya Abadi;1/0101/PK.02/2026;Jl. Hayam Wuruk Jambi;active\r\n"
    )
    result = agencies.import_csv(factory, newer.encode("utf-8"), "cli")
    assert (result.rows, result.created, result.updated, result.unchanged) == (3, 1, 1, 1)
    assert _count(factory) == 4  # matched by licence number: updated, not duplicated
    with factory() as s:
        asa = s.scalar(select(Agency).where(Agency.name_key == "ASA HIKARI NUSANTARA"))
        assert asa is not None and asa.status == "suspended"
        update = s.scalar(
            select(AuditLog).where(
                AuditLog.action == "agency.update", AuditLog.target_id == str(asa.id)
            )
        )
        assert update is not None and update.before is not None and update.after is not None
        assert (update.before["status"], update.after["status"]) == ("active", "suspended")
        imports = s.scalars(select(AuditLog).where(AuditLog.action == "agency.import")).all()
        assert [i.after["created"] for i in imports if i.after] == [3, 1]


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("name,address,status\nPT A,Jambi,active\n", "Baris 1 (judul): kolom licence_number"),
        (
            "name,licence_number,address,status\nPT A,1/1,Jambi,active\n,2/2,Jambi,active\n",
            "Baris 3: nama perusahaan kosong",
        ),
        (
            "name,licence_number,address,status\nPT A,1/1,Jambi,active\nPT B,2/2,Jambi,hidup\n",
            "Baris 3: status 'hidup' tidak dikenal",
        ),
        (
            "name,licence_number,address,status\n\nPT A,1/1,Jambi,active\nPT B,2/2,Jambi,\n",
            "Baris 4: status kosong tidak dikenal",
        ),
        (
            "name,licence_number,address,status\nPT A,1/1,Jambi,active\nPT B,1/1,Jambi,active\n",
            "Baris 3: nomor izin 1/1 sudah ada di baris 2",
        ),
        (
            'name,licence_number,address,status\n"PT A\nCabang",1/1,Jambi,active\nPT B,2/2,x,y,z\n',
            "Baris 4: 5 kolom, judul hanya 4",
        ),
        ("name,licence_number,address,status\n", "hanya berisi judul"),
        ("", "Berkas kosong"),
    ],
)
def test_bad_csv_names_the_line_and_stores_nothing(
    factory: sessionmaker[Session], csv_text: str, message: str
) -> None:
    agencies.import_csv(factory, GOOD.encode(), "cli")
    with pytest.raises(InvalidInput) as refused:
        agencies.import_csv(factory, csv_text.encode(), "cli")
    assert message in str(refused.value)
    assert _count(factory) == 3  # what was stored before is intact, nothing new added


def test_every_bad_line_is_listed_at_once(factory: sessionmaker[Session]) -> None:
    bad = "name,licence_number,address,status\n,1/1,x,active\nPT B,2/2,x,bubar\nPT C,3/3,x,active\n"
    with pytest.raises(InvalidInput) as refused:
        agencies.import_csv(factory, bad.encode(), "cli")
    text = str(refused.value)
    assert "Baris 2" in text and "Baris 3" in text and "tidak ada yang disimpan" in text
    assert _count(factory) == 0  # PT C was fine, but the file is refused as a whole


def test_upload_from_the_page_and_the_advert_check(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    revoked_id = live.world.ids["revoked"]
    # Before any import: no judgement from the register.
    detail = siti.http.get(f"/api/adverts/{revoked_id}").json()
    assert detail["agency_register"]["register_size"] == 0
    assert not [f for f in detail["red_flags"] if f["origin"] == "register"]
    # A bad file: the page says which line, status 422, nothing stored.
    r = siti.http.post(
        "/agencies/import",
        data={"csrf_token": siti.csrf},
        files={"file": ("p3mi.csv", b"name,licence_number,address,status\nPT X,1/1,Jambi,??\n")},
    )
    assert r.status_code == 422 and "Baris 2: status" in r.text and 'id="import-error"' in r.text
    assert _count(live.factory) == 0
    # The good file, uploaded as a person does.
    r = siti.http.post(
        "/agencies/import",
        data={"csrf_token": siti.csrf},
        files={"file": ("p3mi.csv", GOOD.encode(), "text/csv")},
    )
    assert r.status_code == 303 and r.headers["location"] == "/agencies?imported=3-3-0-0"
    page = siti.http.get(r.headers["location"]).text
    assert "3 baris dibaca, 3 baru" in page and REVOKED_AGENCY in page
    listing = siti.http.get("/api/agencies", params={"q": "bahari"}).json()
    assert [a["name"] for a in listing["items"]] == ["PT Bahari Sejahtera Mandiri"]

    # The advert naming a revoked agency gets unlicensed_recruiter evidence from the register.
    detail = siti.http.get(f"/api/adverts/{revoked_id}").json()
    checks = {c["kind"]: c for c in detail["agency_register"]["checks"]}
    assert checks["agency"]["status"] == checks["licence"]["status"] == "revoked"
    assert checks["licence"]["agency_name"] == REVOKED_AGENCY  # "SIP3MI No. 7/0456/..." matched
    added = [f for f in detail["red_flags"] if f["origin"] == "register"]
    assert len(added) == 1 and added[0]["code"] == "unlicensed_recruiter"
    assert "dicabut" in added[0]["reason"]
    assert added[0]["evidence"] and all(e["located"] for e in added[0]["evidence"])
    html = siti.http.get(f"/adverts/{revoked_id}").text
    assert 'data-origin="register"' in html and "Izin DICABUT" in html
    assert 'data-code="unlicensed_recruiter' in html  # the agency name is highlighted

    # The licensed agency's advert: on the register, no added flag.
    licensed = siti.http.get(f"/api/adverts/{live.world.ids['legit2']}").json()
    statuses = [c["status"] for c in licensed["agency_register"]["checks"]]
    assert statuses and set(statuses) == {"active"}
    assert not [f for f in licensed["red_flags"] if f["origin"] == "register"]

    # An agency that is not on the register at all (LPK Maju Jaya, the Korea scam).
    korea = siti.http.get(f"/api/adverts/{live.world.ids['scam4']}").json()
    if korea["agency_register"]["checks"]:
        assert {c["status"] for c in korea["agency_register"]["checks"]} == {"unknown"}
        added = [f for f in korea["red_flags"] if f["origin"] == "register"]
        assert added and "tidak ada dalam daftar P3MI" in added[0]["reason"]


def test_json_import_and_cli_import(live: Live, login: Any, tmp_path: Path) -> None:
    admin: Client = login("admin1")
    r = admin.http.post(
        "/api/agencies/import",
        files={"file": ("p3mi.csv", GOOD.encode())},
        headers={"X-CSRF-Token": admin.csrf},
    )
    assert r.status_code == 200 and r.json() == {
        "rows": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 3 - 3,
    }
    r = admin.http.post(
        "/api/agencies/import",
        files={"file": ("p3mi.csv", b"nama,alamat\nPT A,Jambi\n")},
        headers={"X-CSRF-Token": admin.csrf},
    )
    assert r.status_code == 422 and "nomor_izin" in r.json()["detail"]

    exe = str(Path(sys.executable).with_name("waspada"))
    env = {**os.environ, "WASPADA_DATABASE_URL": live.settings.database_url}
    good = tmp_path / "p3mi.csv"
    good.write_text(GOOD.replace("revoked", "active"), encoding="utf-8")
    out = subprocess.run([exe, "agencies", "import", str(good)], capture_output=True, text=True,
                         env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "3 rows: 0 new, 1 updated, 2 unchanged" in out.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("name,licence_number,address,status\nPT Z,9/9,x,active\n,8/8,x,active\n")
    out = subprocess.run([exe, "agencies", "import", str(bad)], capture_output=True, text=True,
                         env=env, timeout=60)  # fmt: skip
    assert out.returncode == 2 and "Baris 3: nama perusahaan kosong" in out.stderr
    assert _count(live.factory) == 3
