"""PDPA: planted personal data is found nowhere; retention purge and a data subject's erasure reach backups."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl import audit, load, privacy, publish

ROOT = Path(__file__).resolve().parent.parent
HEADER = "ประทับเวลา,ชื่อ,นามสกุล,ตำแหน่ง,หมายเลขโทรศัพท์,E-mail,หน่วยงานที่ติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต"
PEOPLE = [  # (name, surname, position, phone, email)
    ("สมศักดิ์", "ทองประเสริฐ", "ผู้อำนวยการกองพัสดุ", "0815550101", "somsak.t@example.co.th"),
    ("Wilaiwan", "Chaiyaporn", "Procurement Officer", "0895550202", "wilaiwan.c@example.org"),
    ("ปิยะนุช", "ศรีสุข", "นักวิชาการคอมพิวเตอร์ชำนาญการ", "0625550303", "piyanuch@example.net"),
]
PLANTED = [value for person in PEOPLE for value in person]


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _rows(year_be: int) -> list[str]:
    out = []
    for i, (name, surname, position, phone, email) in enumerate(PEOPLE):
        out.append(
            f"{i + 1}/10/{year_be} 9:0{i}:00,{name},{surname},{position},{phone},{email},กองกลาง,"
            "รู้/ทราบ,ไม่รู้/ไม่ทราบ,รู้/ทราบ"
        )
    out.append(
        f"31/2/{year_be} 10:00:00,{PEOPLE[0][0]},{PEOPLE[0][1]},{PEOPLE[0][2]},{PEOPLE[0][3]},"
        f"{PEOPLE[0][4]},กองกลาง,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ"
    )  # quarantined: must be masked there too
    return out


@pytest.fixture
def loaded(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    load.import_files("responses", [str(_write(tmp_path / "a.csv", _rows(2567)))], db_path)
    load.import_files("responses", [str(_write(tmp_path / "b.csv", _rows(2568)))], db_path)
    load.import_files("responses", [str(_write(tmp_path / "c.csv", _rows(2569)))], db_path)
    assert len(publish.list_backups(db_path)) == 2
    return db_path


def _files_to_search(db: Path, tmp_path: Path) -> dict[str, bytes]:
    files = {"served": db.read_bytes()}
    files |= {b.name: b.read_bytes() for b in publish.list_backups(db)}
    for fmt in ("csv", "json", "table"):
        for name in ("awareness_by_channel", "visitor_mix", "quarantine_rows", "last_loads"):
            params = (
                ["-p", "start=2023-01-01", "-p", "end=2027-01-01"]
                if name in ("awareness_by_channel", "visitor_mix")
                else []
            )
            params += ["-p", "limit=100"] if name == "quarantine_rows" else []
            out = subprocess.run(
                [sys.executable, "-m", "queries", "run", name, "--db", str(db), "--format", fmt, *params],
                cwd=ROOT,
                capture_output=True,
                check=True,
            )
            files[f"{name}.{fmt}"] = out.stdout
    status = subprocess.run(
        [sys.executable, "-m", "etl", "status", "--json", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    files["status.json"] = status.stdout
    return files


def test_planted_personal_data_is_found_nowhere(loaded, tmp_path):
    files = _files_to_search(loaded, tmp_path)
    assert b"\xe0\xb8" in files["served"], "the search would not see Thai text at all"
    for name, content in files.items():
        for value in PLANTED:
            assert value.encode() not in content, f"'{value}' found in {name}"
            assert value.encode("utf-16-le") not in content, f"'{value}' (UTF-16) found in {name}"


def test_purge_before_a_date_reaches_the_backups(loaded):
    counts = privacy.purge_before(date(2025, 1, 1), loaded)  # BE 2568 = 2025: drops the 2567 rows
    assert counts["served"] == 3
    for path in [loaded, *publish.list_backups(loaded)]:
        con = duckdb.connect(str(path), read_only=True)
        assert (
            con.execute("SELECT count(*) FROM responses WHERE submitted_date < DATE '2025-01-01'").fetchone()[
                0
            ]
            == 0
        )
        con.close()


def test_cli_purge_is_audited(loaded):
    done = subprocess.run(
        [sys.executable, "-m", "etl", "purge", "--before", "2025-01-01", "--db", str(loaded)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert audit.recent()[0]["action"] == "purge"


def test_a_subject_is_found_and_erased_everywhere_by_email_or_phone(loaded):
    assert privacy.find_subject(email="SOMSAK.T@example.co.th ", db=loaded) == 3
    assert privacy.find_subject(phone="081-555-0101", db=loaded) == 0  # keyed by e-mail when one was given
    counts = privacy.forget_subject(email="somsak.t@example.co.th", db=loaded)
    assert counts["served"] == 3
    for path in [loaded, *publish.list_backups(loaded)]:
        con = duckdb.connect(str(path), read_only=True)
        total = con.execute("SELECT count(*) FROM responses").fetchone()[0]
        con.close()
        assert total in (2, 4, 6)  # the other two people's rows survive in each generation
    assert privacy.find_subject(email="somsak.t@example.co.th", db=loaded) == 0


def test_privacy_page_finds_and_erases_with_confirmation(loaded):
    at = AppTest.from_file("../app.py", default_timeout=60).run()
    at.switch_page("views/privacy_admin.py").run()
    at.text_input[0].input("wilaiwan.c@example.org")
    at.button[0].click().run()  # the form's submit button
    assert any("3" in i.value for i in at.info)
    delete = next(b for b in at.button if b.label == "ลบข้อมูลของบุคคลนี้")
    assert delete.disabled
    at.checkbox[0].check().run()
    next(b for b in at.button if b.label == "ลบข้อมูลของบุคคลนี้").click().run()
    assert any("ลบแล้ว 3" in s.value for s in at.success)
    assert privacy.find_subject(email="wilaiwan.c@example.org", db=loaded) == 0
    entry = next(e for e in audit.recent() if e["action"] == "forget")
    assert json.loads(entry["detail"])["counts"]["served"] == 3
    assert "wilaiwan" not in json.dumps(audit.recent())
