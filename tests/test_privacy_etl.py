"""PDPA: planted personal data is found nowhere; retention purge and a data subject's erasure reach backups."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl import erasure, load, privacy, publish
from runtime import audit
from tests.support.oracle import count, etl_cli, scalar

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
    for path in _generations(loaded):
        assert _rows_before_2025(path) == 0, path


def test_cli_purge_is_audited(loaded):
    done = etl_cli("purge", "--before", "2025-01-01", "--db", str(loaded))
    assert done.returncode == 0, done.stderr
    assert audit.recent()[0]["action"] == "purge"


def test_a_subject_is_found_and_erased_everywhere_by_email_or_phone(loaded):
    assert privacy.find_subject(email="SOMSAK.T@example.co.th ", db=loaded) == 3
    assert privacy.find_subject(phone="081-555-0101", db=loaded) == 0  # keyed by e-mail when one was given
    counts = privacy.forget_subject(email="somsak.t@example.co.th", db=loaded)
    assert counts["served"] == 3
    for path in _generations(loaded):
        assert count(path, "responses") in (2, 4, 6)  # the other two people's rows survive in each generation
    assert privacy.find_subject(email="somsak.t@example.co.th", db=loaded) == 0


def test_privacy_page_finds_and_erases_with_confirmation(open_app, loaded):
    at = open_app("views/privacy_admin.py")
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


SUBJECT = "somsak.t@example.co.th"
_HOLD = (
    "import sys, time, duckdb\n"
    "con = duckdb.connect(':memory:')\n"
    'con.execute("ATTACH \'" + sys.argv[1] + "\' AS served (READ_ONLY)")\n'
    "con.execute('SELECT count(*) FROM served.responses').fetchall()\n"
    "print('ready', flush=True)\n"
    "time.sleep(120)\n"
)


def _subject_rows(path: Path) -> int:
    keys = privacy.subject_keys(email=SUBJECT)
    return scalar(path, "SELECT count(*) FROM responses WHERE list_contains(?, respondent_key)", [keys])


def _rows_before_2025(path: Path) -> int:
    return scalar(path, "SELECT count(*) FROM responses WHERE submitted_date < DATE '2025-01-01'")


def _generations(db: Path) -> list[Path]:
    """The served file and each of its backups."""
    return [db, *publish.list_backups(db)]


@pytest.fixture
def reader_on_newest_backup(loaded):
    """A dashboard process holding the previous served file (now the newest backup) read-only, as the app does."""
    held = publish.list_backups(loaded)[0]
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(held)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield held
    proc.kill()
    proc.wait()


def test_erasure_completes_while_a_reader_holds_a_backup(loaded, reader_on_newest_backup):
    counts = privacy.forget_subject(email=SUBJECT, db=loaded)
    assert counts["served"] == 3  # each load adds a year: 3 rows served, 2 and 1 in the backups
    assert sum(v for k, v in counts.items() if k != "quarantine") == 6
    assert counts["quarantine"] == 6  # the 31/2 row of each year, quarantined with the person's key
    assert [_subject_rows(p) for p in _generations(loaded)] == [0, 0, 0]


def test_purge_completes_while_a_reader_holds_a_backup(loaded, reader_on_newest_backup):
    privacy.purge_before(date(2025, 1, 1), loaded)
    for path in _generations(loaded):
        assert _rows_before_2025(path) == 0, path


def test_restore_after_erasure_never_brings_the_rows_back(loaded):
    privacy.forget_subject(email=SUBJECT, db=loaded)
    for _ in range(3):
        publish.restore_latest_backup(loaded)
        assert [_subject_rows(p) for p in _generations(loaded)] == [0] * len(_generations(loaded))


def test_a_rerun_erases_backups_even_when_the_served_file_has_none_left(loaded):
    with publish.staged(loaded) as con:  # the served file lost the rows, its backups did not
        con.execute(
            "DELETE FROM responses WHERE list_contains(?, respondent_key)", [privacy.subject_keys(SUBJECT)]
        )
    assert _subject_rows(loaded) == 0 and any(_subject_rows(p) for p in publish.list_backups(loaded))
    done = etl_cli("forget", "--email", SUBJECT, "--delete", "--db", str(loaded))
    assert done.returncode == 0, done.stderr
    assert [_subject_rows(p) for p in _generations(loaded)] == [0] * len(_generations(loaded))


def test_an_interrupted_erasure_is_completed_before_a_restore(loaded):
    """A journal written before the first file is touched: restore (and the next load) finish the erasure."""
    erasure.write_journal(loaded, {"op": "forget", "keys": privacy.subject_keys(SUBJECT)})
    publish.restore_latest_backup(loaded)
    assert [_subject_rows(p) for p in _generations(loaded)] == [0] * len(_generations(loaded))
    assert not erasure.journal_path(loaded).exists()


def test_cli_and_page_erasure_are_audited_alike(loaded):
    done = etl_cli("forget", "--email", SUBJECT, "--delete", "--db", str(loaded))
    assert done.returncode == 0, done.stderr
    entry = audit.recent()[0]
    assert (entry["who"], entry["action"]) == ("cli", "forget")
    assert json.loads(entry["detail"])["counts"]["served"] == 3
    assert SUBJECT not in json.dumps(audit.recent())


def test_erased_free_text_is_gone_from_every_file(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    header = "ประทับเวลา,E-mail,หน่วยงานที่ติดต่อ,ประเภทผู้มาติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต"
    for n in range(3):
        row = f"{n + 1}/10/2568 9:00:00,{SUBJECT},กองกลาง,อื่นๆ: ZZUNIQUEPLANTED{n},รู้/ทราบ,รู้/ทราบ,รู้/ทราบ"
        other = f"{n + 1}/10/2568 10:00:00,x{n}@example.org,กองกลาง,ประชุม/สัมมนา,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ"
        (tmp_path / f"s{n}.csv").write_text(f"{header}\n{row}\n{other}\n", encoding="utf-8")
        load.import_files("responses", [str(tmp_path / f"s{n}.csv")], db_path)
    assert b"ZZUNIQUEPLANTED2" in db_path.read_bytes()
    privacy.forget_subject(email=SUBJECT, db=db_path)
    for path in _generations(db_path):
        assert b"ZZUNIQUEPLANTED" not in path.read_bytes(), path


def test_a_restore_over_a_damaged_served_file_still_finishes_the_erasure_in_the_backups(loaded):
    erasure.write_journal(loaded, {"op": "forget", "keys": privacy.subject_keys(SUBJECT)})
    loaded.write_bytes(b"not a database" * 1000)  # the served file is damaged: restore is the remedy
    publish.restore_latest_backup(loaded)
    readable = []
    for path in _generations(loaded):
        try:
            readable.append(_subject_rows(path))
        except duckdb.Error:
            continue
    assert readable and readable == [0] * len(readable)
    privacy.forget_subject(email=SUBJECT, db=loaded)  # the rerun removes the damaged generation too
    assert not erasure.journal_path(loaded).exists()
    assert [_subject_rows(p) for p in _generations(loaded)] == [0] * len(_generations(loaded))


def test_privacy_page_purges_like_the_command_line(open_app, loaded):
    at = open_app("views/privacy_admin.py")
    purge = next(b for b in at.button if b.key == "purge")
    assert purge.disabled
    at.date_input(key="purge_before").set_value(date(2025, 1, 1)).run()
    at.checkbox(key="purge_confirm").check().run()
    next(b for b in at.button if b.key == "purge").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("ลบคำตอบแล้ว 3 แถว" in s.value for s in at.success)
    for path in _generations(loaded):
        assert _rows_before_2025(path) == 0, path
    entry = audit.recent()[0]
    assert (entry["who"], entry["action"]) == ("no-auth", "purge")
