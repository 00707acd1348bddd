"""python -m etl refresh end to end: real gspread + google-auth against the local fake Sheets API."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import duckdb
import pytest

from etl import refresh
from tests.support.oracle import etl_cli, scalar
from tests.support.sheets_server import FakeSheetsServer, make_service_account

pytest_plugins = ["tests.support.sheets_server"]

SURVEY_KEY, SURVEY2_KEY, REACH_KEY, REG_KEY = (
    "1SurveyCentral2569abcdefghijklmnopqrstuvwxyz",
    "1SurveyProvinces2569abcdefghijklmnopqrstuvw",
    "1ReachMonthlyPRgroupabcdefghijklmnopqrstuvwx",
    "1RegisterACCsubmissionsabcdefghijklmnopqrstu",
)
GRID = "การรับรู้-รับทราบการเผยแพร่ข้อมูลข่าวสาร"
SURVEY_HEADER = [
    "ประทับเวลา",
    "ชื่อ",
    "นามสกุล",
    "ตำแหน่ง",
    "หน่วยงานของท่าน",
    "หมายเลขโทรศัพท์",
    "E-mail",
    "ท่านติดต่อกับสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ณ หน่วยงาน",
    "ประเภทผู้มาติดต่อ",
    f"{GRID} [การเผยแพร่ข้อมูลข่าวสาร และผลงานของสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจ]",
    f"{GRID} [ช่องทางในการติดต่อ - สอบถาม การให้ข้อเสนอแนะ หรือความคิดเห็น]",
    f"{GRID} [ช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ของสำนักงาน ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม]",
]
A, U = "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"


def survey_row(i: int, unit: str = "กองกลาง", answers=(A, A, U)) -> list[str]:
    return [
        f"{1 + i % 28}/11/2568, 9:{i % 60:02d}:{i % 60:02d}",
        f"ชื่อ{i}",
        f"สกุล{i}",
        "นักวิชาการ",
        "บริษัท ตัวอย่าง จำกัด",
        f"08{i:08d}",
        f"person{i}@example.co.th",
        unit,
        "ขอรับบริการข้อมูล/ข่าวสาร, ประชุม/สัมมนา",
        *answers,
    ]


REACH_ROWS = [
    ["เดือน", "แพลตฟอร์ม", "ตัวชี้วัด", "จำนวน"],
    ["ต.ค. 2568", "เฟซบุ๊ก", "การเข้าถึง", "150,000"],
    ["ต.ค. 2568", "LINE OA", "ผู้ติดตาม", "๒๑๐๐๐"],
    ["พ.ย. 2568", "Facebook", "reach", "160000"],
]
REG_ROWS = [
    ["หน่วยงาน", "แบบรายงาน", "ปีงบประมาณ", "รอบ", "วันที่ส่ง", "ลิงก์"],
    ["กก.", "แบบรายงานที่ ๑", "2569", "6 เดือน", "5/4/2569", "https://drive.example/1"],
    ["ศปท.", "แบบรายงานที่ 2", "2569", "6", "20/4/2569", "https://drive.example/2"],
]


@pytest.fixture
def world(sheets_server: FakeSheetsServer, tmp_path, monkeypatch):
    """A fake Google with three spreadsheets, a sources file and a key file, wired only by env and files."""
    survey = [SURVEY_HEADER] + [survey_row(i) for i in range(20)]
    sheets_server.add_spreadsheet(SURVEY_KEY, [("การตอบแบบฟอร์ม 1", survey)])
    sheets_server.add_spreadsheet(
        SURVEY2_KEY,
        [
            (
                "Form Responses 1",
                [SURVEY_HEADER] + [survey_row(100 + i, "สดจ.เชียงใหม่", (U, A, A)) for i in range(5)],
            )
        ],
    )
    sheets_server.add_spreadsheet(REACH_KEY, [("รายเดือน", REACH_ROWS)])
    sheets_server.add_spreadsheet(REG_KEY, [("ทะเบียน", REG_ROWS)])
    key_file = tmp_path / "service-account.json"
    key_file.write_text(json.dumps(make_service_account(sheets_server)))
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f"""
[settings]
timeout_seconds = 10
max_retries = 3
backoff_seconds = 0.01

[[source]]
name = "survey-central"
kind = "responses"
spreadsheet = "https://docs.google.com/spreadsheets/d/{SURVEY_KEY}/edit#gid=0"
worksheet = "การตอบแบบฟอร์ม 1"

[[source]]
name = "survey-provinces"
kind = "responses"
spreadsheet = "{SURVEY2_KEY}"

[[source]]
name = "reach"
kind = "reach"
spreadsheet = "{REACH_KEY}"

[[source]]
name = "register"
kind = "submissions"
spreadsheet = "{REG_KEY}"
worksheet = 0
""",
        encoding="utf-8",
    )
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key_file))
    monkeypatch.setenv("ITA_SHEETS_API_BASE", sheets_server.url)
    monkeypatch.setenv("ITA_SOURCES", str(sources))
    sheets_server.survey = survey
    return sheets_server


def test_refresh_loads_every_kind_through_the_cli(world, db_path):
    done = etl_cli("refresh")
    assert done.returncode == 0, done.stderr + done.stdout
    assert "4 of 4 sources ok" in done.stdout
    assert scalar(db_path, "SELECT count(*) FROM responses") == 25
    assert scalar(db_path, "SELECT count(*) FROM responses WHERE unit_code = 'ADM'") == 20
    assert scalar(db_path, "SELECT count(*) FROM responses WHERE unit_code = 'P50'") == 5
    assert scalar(db_path, "SELECT count_if(aware_complaint) FROM responses") == 5
    assert scalar(db_path, "SELECT count(*) FROM reach") == 3
    assert scalar(db_path, "SELECT value FROM reach WHERE platform = 'line'") == 21000
    assert scalar(db_path, "SELECT count(*) FROM submissions WHERE form = 'form1' AND period = '6'") == 1
    log = refresh.read_log(db_path)
    assert {s["status"] for s in log["sources"].values()} == {"ok"}
    # personal data planted in the sheet is nowhere in the database file
    raw = db_path.read_bytes()
    for planted in ("person3@example.co.th", "0800000003", "ชื่อ3".encode().decode()):
        assert planted.encode() not in raw


def test_incremental_refresh_adds_only_new_rows(world, db_path):
    refresh.refresh()
    world.survey.extend(survey_row(i) for i in range(20, 23))
    world.add_spreadsheet(SURVEY_KEY, [("การตอบแบบฟอร์ม 1", world.survey)])
    outcomes = {o.name: o for o in refresh.refresh(only="survey-central")}
    assert outcomes["survey-central"].rows_new == 3
    assert outcomes["survey-central"].rows_duplicate == 20
    assert scalar(db_path, "SELECT count(*) FROM responses") == 28


def test_a_burst_of_429s_is_retried_and_counted(world, db_path):
    world.fail(429, times=2)
    [outcome] = refresh.refresh(only="reach")
    assert outcome.status == "ok"
    assert outcome.requests == 5  # token, metadata x3 (two 429s), values
    assert scalar(db_path, "SELECT count(*) FROM reach") == 3


def _served_state(db: Path):
    return (db.stat().st_ino, db.stat().st_mtime_ns, db.read_bytes()) if db.exists() else None


def test_permanent_403_says_whom_to_share_with_and_changes_nothing(world, db_path):
    refresh.refresh()
    before = _served_state(db_path)
    world.fail(403, times=None)
    done = etl_cli("refresh", "--source", "reach")
    assert done.returncode == 1
    assert "ita-dashboard@ita-test.iam.gserviceaccount.com" in done.stdout
    assert _served_state(db_path) == before
    assert refresh.read_log(db_path)["sources"]["reach"]["status"] == "failed"


def test_a_hanging_api_times_out_and_changes_nothing(world, db_path):
    refresh.refresh()
    before = _served_state(db_path)
    sources = Path(
        os.environ["ITA_SOURCES"]
    )  # a short timeout for this test only (a loaded CI machine is slow)
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("timeout_seconds = 10", "timeout_seconds = 0.5"),
        encoding="utf-8",
    )
    world.hang(seconds=3, times=None)
    t0 = time.monotonic()
    [outcome] = refresh.refresh(only="register")
    assert outcome.status == "failed" and "0.5" in outcome.message
    assert time.monotonic() - t0 < 10
    assert _served_state(db_path) == before


def test_reworded_titles_still_load_and_a_missing_column_fails_alone(world, db_path):
    reworded = [
        [
            "Timestamp",
            "Email Address",
            "Which MDES unit did you contact?",
            "You came for",
            "Do you know our news and work?",
            "Do you know how to contact us or give feedback?",
            "Do you know where to report corruption by staff?",
        ],
        ["2025/11/03 9:05:12 AM GMT+7", "a@b.co", "ศท.", "Meeting / seminar", "Yes", "No", "Yes"],
    ]
    world.add_spreadsheet(SURVEY2_KEY, [("Form Responses 1", reworded)])
    broken = [["เดือน", "ช่องทาง", "จำนวน"], ["ต.ค. 2568", "Facebook", "10"]]  # no metric column
    world.add_spreadsheet(REACH_KEY, [("รายเดือน", broken)])
    outcomes = {o.name: o for o in refresh.refresh()}
    assert outcomes["survey-provinces"].status == "ok" and outcomes["survey-provinces"].rows_new == 1
    assert outcomes["reach"].status == "failed" and "metric" in outcomes["reach"].message
    assert scalar(db_path, "SELECT count(*) FROM responses WHERE unit_code = 'ICT' AND aware_complaint") == 1
    assert scalar(db_path, "SELECT count(*) FROM reach") == 0
    assert scalar(db_path, "SELECT count(*) FROM submissions") == 2  # the good sources were still published


def test_two_overlapping_refreshes_do_not_duplicate(world, db_path):
    errors = []

    def run():
        try:
            refresh.refresh()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert errors == []
    assert scalar(db_path, "SELECT count(*) FROM responses") == 25
    assert not list(db_path.parent.glob("*.tmp"))


def test_readers_see_old_or_new_data_never_an_error_during_refreshes(world, db_path):
    refresh.refresh(only="reach")
    stop, seen, errors = threading.Event(), [], []

    def reader():
        while not stop.is_set():
            try:
                s = os.stat(db_path)
                con = duckdb.connect(":memory:")
                con.execute("ATTACH ? AS ita (READ_ONLY)", [str(db_path)])
                n, total = con.execute(
                    "SELECT count(*), coalesce(count_if(aware_news) + count_if(NOT aware_news), 0) FROM ita.responses"
                ).fetchone()
                con.close()
                seen.append((s.st_ino, n, total))
            except Exception as exc:  # noqa: BLE001 - any error is the failure being tested
                errors.append(repr(exc))

    th = threading.Thread(target=reader)
    th.start()
    for i in range(5):
        world.survey.append(survey_row(200 + i))
        world.add_spreadsheet(SURVEY_KEY, [("การตอบแบบฟอร์ม 1", world.survey)])
        refresh.refresh(only="survey-central")
    stop.set()
    th.join(30)
    final = duckdb.connect(str(db_path), read_only=True)  # the state after the last publish, read once more
    seen.append(
        (
            os.stat(db_path).st_ino,
            *final.execute(
                "SELECT count(*), count(*) FILTER (WHERE aware_news IS NOT NULL) FROM responses"
            ).fetchone(),
        )
    )
    final.close()
    assert errors == []
    counts = [n for _, n, _ in seen]
    assert counts == sorted(counts), "a reader went back in time"
    assert counts[-1] == 25 and all(n == total for _, n, total in seen)
    assert len({ino for ino, _, _ in seen}) > 1, "the reader never saw a publish"
