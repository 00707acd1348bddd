"""Imports end to end: fixture files through etl.load and the command line into a real DuckDB file.

The counts asserted here were worked out by hand from tests/fixtures/ (see the comments by each
expected value); nothing is computed with the code under test.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook

from etl import load
from etl.mapping import load_mapping
from etl.problems import InputProblem
from tests.support.oracle import etl_cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TH_SHEET = FIXTURES / "responses_th_sheet.csv"
TH_LATER = FIXTURES / "responses_th_sheet_later.csv"
DOWNLOAD = FIXTURES / "responses_forms_download.csv"
UTF16 = FIXTURES / "responses_utf16.csv"
BAD_ROWS = FIXTURES / "responses_bad_rows.csv"
UNLABELLED = FIXTURES / "responses_unlabelled.csv"
UNLABELLED_MAPPING = FIXTURES / "mapping_unlabelled.toml"
SATISFACTION = FIXTURES / "responses_satisfaction.csv"

XLSX_HEADERS = [
    "ประทับเวลา",
    "ชื่อ",
    "นามสกุล",
    "ตำแหน่ง",
    "หน่วยงานของท่าน",
    "หมายเลขโทรศัพท์",
    "E-mail",
    "ท่านติดต่อกับสำนักงานปลัดกระทรวงฯ ณ หน่วยงานใด",
    "ท่านเป็นผู้มาติดต่อประเภทใด",
    "การรับรู้-รับทราบ [ข้อมูลข่าวสารและผลงานของสำนักงาน]",
    "การรับรู้-รับทราบ [ช่องทางการติดต่อ - สอบถาม]",
    "การรับรู้-รับทราบ [ช่องทางร้องเรียนการทุจริต]",
]
# A Sheet downloaded as .xlsx: real date cells, and a phone typed as a number (its leading 0 lost).
XLSX_ROWS = [
    [datetime(2026, 3, 2, 9, 15), "บุญชัย", "ศักดิ์สิทธิ์", "นายช่างไฟฟ้าชำนาญงาน", "การไฟฟ้านครหลวง",
     812345678, "boonchai.s@mea.example", "กองการสื่อสารโทรคมนาคม", "คู่สัญญา/การจัดซื้อจัดจ้าง",
     "รู้/ทราบ", "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"],
    [datetime(2026, 3, 16, 13, 0), "ศศิธร", "เพชรรัตน์", "เจ้าหน้าที่วิเคราะห์สินเชื่อ", "ธนาคารกรุงไทย",
     "0987654321", "sasithorn.p@ktb.example", "กส.", "ขอรับบริการข้อมูล/ข่าวสาร",
     "ไม่รู้/ไม่ทราบ", "รู้/ทราบ", "รู้/ทราบ"],
    [datetime(2026, 3, 31, 23, 59, 59), "ภานุวัฒน์", "ชื่นชม", "ผู้ใหญ่บ้านหมู่ที่ ๔", "ตำบลบางพลีใหญ่",
     "๐๙๑๒๓๔๕๖๗๘", None, "สมุทรปราการ", "ประชุม/สัมมนา, เสนอความเห็น/ข้อเสนอแนะ",
     "รู้/ทราบ", "ไม่รู้/ไม่ทราบ", None],
]  # fmt: skip

# Every piece of personal data planted in the fixtures above and in tests/fixtures/.
PERSONAL = {
    TH_SHEET: [
        "สมชาย", "ใจดี", "นักวิชาการคอมพิวเตอร์ชำนาญการ", "0812345678", "somchai.j@example.co.th",
        "วิภาวรรณ", "ศรีสุขสวัสดิ์", "ผู้จัดการโครงการอาวุโส", "02-141-6789", "wipawan.s@thaidigital.example",
        "ธนากร", "พึ่งบุญ", "เจ้าหน้าที่บริหารงานทั่วไป", "๐๘๙๘๗๖๕๔๓๒", "thanakorn.p@ku.example",
        "กาญจนา", "แก้วประเสริฐ", "ที่ปรึกษากฎหมายอิสระ", "0865551234", "kanchana.k@ocsc.example",
        "Rattanakorn", "Senior Network Engineer", "0891112233", "anan.r@netsol.example",
        "ปิยะพงษ์", "ทองมาก", "หัวหน้าฝ่ายจัดซื้อภาคเอกชน", "0823334444", "piyapong.t@example.com",
        "สุดารัตน์", "บุญมี", "นักศึกษาปริญญาโท", "0834445555", "sudarat.b@chula.example",
        "ณัฐวุฒิ", "เจริญผล", "พนักงานขับรถส่วนบุคคล", "0845556666",
        "รัตนา", "วงศ์สว่าง", "ครูชำนาญการพิเศษ", "0856667777", "rattana.w@school.example",
    ],
    TH_LATER: [
        "อรุณี", "แสงทอง", "นักวิเคราะห์นโยบายและแผน", "0867778888", "arunee.s@dopa.example",
        "เกียรติศักดิ์", "ปัญญาดี", "นักการทูตชำนาญการ", "0878889999", "kiattisak.p@mfa.example",
    ],
    DOWNLOAD: [
        "สมศักดิ์ มั่นคง", "นักจัดการงานทั่วไปปฏิบัติการ", "0917778888", "somsak.m@rd.example",
        "มาลี รักเรียน", "เศรษฐกรอาวุโส", "0926665555", "malee.r@bot.example",
        "บุญส่ง กิจเจริญ", "ผู้อำนวยการฝ่ายขายภาครัฐ", "0935554444", "boonsong.k@telco.example",
        "จินตนา พูลผล", "ผู้สื่อข่าวสายไอที", "0944443333", "jintana.p@news.example",
        "ประสิทธิ์ วิริยะ", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0953332222", "prasit.w@nesdc.example",
    ],
    UTF16: [
        "ทวีศักดิ์", "ยืนยง", "ผู้จัดการสาขาภาคเหนือ", "0961112222", "taweesak.y@gsb.example",
        "นงลักษณ์", "ดวงดี", "อาจารย์ประจำคณะวิศวกรรมศาสตร์", "0962223333", "nongluck.d@cmu.example",
        "เอกชัย", "รุ่งเรือง", "ประธานชมรมผู้ใช้อินเทอร์เน็ต", "0963334444", "ekachai.r@club.example",
    ],
    BAD_ROWS: [
        "พรทิพย์", "นักประชาสัมพันธ์ปฏิบัติการ", "0811110001", "pornthip.s@prd.example",
        "มานพ", "ขาดเวลา", "พนักงานรักษาความปลอดภัย", "0811110002", "manop.k@guard.example",
        "ศิริพร", "วันผิด", "นักบัญชีชำนาญงาน", "0811110003", "siriporn.w@acc.example",
        "ชัยวัฒน์", "ว่างเปล่า", "วิศวกรโยธาอาวุโส", "0811110004", "chaiwat.w@build.example",
        "ลำดวน", "ตอบแปลก", "ผู้ช่วยนักวิจัยภาคสนาม", "0811110005", "lamduan.t@research.example",
        "วรเชษฐ์", "นิติกรชำนาญการพิเศษ", "0811110006", "worachet.s@ago.example",
        "จันทร์เพ็ญ", "เจ้าพนักงานธุรการชำนาญงาน", "0811110007", "janpen.m@dol.example",
        "สมหมาย", "ใจงาม", "ผู้ประกอบการร้านค้าออนไลน์", "0811110008", "sommai.j@shop.example",
    ],
    UNLABELLED: [
        "kittipong.n@example.org", "0971234567", "กิตติพงษ์ นาคสวัสดิ์",
        "oranuch.p@example.org", "0972345678", "อรนุช ประเสริฐวงศ์",
        "wanchai.s@example.org", "0973456789", "วันชัย สุขเกษม",
    ],
}  # fmt: skip
XLSX_PERSONAL = [
    "บุญชัย", "ศักดิ์สิทธิ์", "นายช่างไฟฟ้าชำนาญงาน", "812345678", "boonchai.s@mea.example",
    "ศศิธร", "เพชรรัตน์", "เจ้าหน้าที่วิเคราะห์สินเชื่อ", "0987654321", "sasithorn.p@ktb.example",
    "ภานุวัฒน์", "ชื่นชม", "ผู้ใหญ่บ้านหมู่ที่", "๐๙๑๒๓๔๕๖๗๘",
]  # fmt: skip


def _ascii_digits(text: str) -> str:
    return text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def make_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "การตอบแบบฟอร์ม 1"
    sheet.append(XLSX_HEADERS)
    for row in XLSX_ROWS:
        sheet.append(row)
    book.save(path)
    return path


def queries_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "queries", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def fetch(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def count(db: Path, table: str) -> int:
    return fetch(db, f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608 - test's own table names


def snapshot(db: Path) -> dict:
    """Everything a failed load must leave as it was: the file's bytes, identity and neighbours."""
    st = db.stat()
    return {
        "bytes": db.read_bytes(),
        "inode": st.st_ino,
        "mtime": st.st_mtime_ns,
        "siblings": sorted(p.name for p in db.parent.glob(db.name + "*")),  # .lock, .tmp, .wal
        "backups": sorted(p.name for p in (db.parent / "backups").glob("*"))
        if (db.parent / "backups").exists()
        else [],
    }


# ---------------------------------------------------------------------------------------------
# every good row loads, whatever the file's shape

FORMATS = {
    # fixture: (rows read, new, duplicate, quarantined, {unit_code: responses}, first, last)
    # TH_SHEET: 10 rows, row 9 repeats row 2 exactly; "กองคลังกลาง" is not a unit (kept, NULL code);
    # units: กองกลาง, กก., กลุ่มงานประชาสัมพันธ์ (alias), กองกลาง (กก.), ก ก -> ADM; ศปท., ศ.ป.ท. -> ACC.
    "th_sheet": (
        TH_SHEET, None, 10, 9, 1, 0, {"ADM": 5, "ACC": 2, "P12": 1, None: 1},
        datetime(2025, 10, 1, 9, 5, 12), datetime(2025, 12, 25, 8, 0, 0),
    ),
    # DOWNLOAD: BOM, English UI headers, "AM/PM GMT+7"; กองกฎหมาย, กม. -> LEG; ICT and its Thai name -> ICT
    "forms_download": (
        DOWNLOAD, None, 5, 5, 0, 0, {"LEG": 2, "ICT": 2, "SPD": 1},
        datetime(2025, 1, 6, 9, 5, 12), datetime(2025, 4, 1, 8, 0, 0),
    ),
    # UTF16: tab-separated UTF-16 with BOM, CE day-first dates
    "utf16": (
        UTF16, None, 3, 3, 0, 0, {"SPD": 1, "INN": 1, "REF": 1},
        datetime(2026, 2, 3, 10, 0, 0), datetime(2026, 2, 28, 16, 0, 0),
    ),
    # BAD_ROWS: rows 2, 7, 8, 9 good; rows 3-6 bad (see test_bad_rows_are_quarantined_with_reasons)
    "bad_rows": (
        BAD_ROWS, None, 8, 4, 0, 4, {"ADM": 1, "ACC": 1, "LEG": 1, "P12": 1},
        datetime(2026, 1, 6, 10, 0, 0), datetime(2026, 1, 9, 14, 0, 0),
    ),
    # UNLABELLED: titles Q0..Q8, month-first dates, read through the mapping file
    "unlabelled_with_mapping": (
        UNLABELLED, UNLABELLED_MAPPING, 3, 3, 0, 0, {"ADM": 2, "ACC": 1},
        datetime(2025, 10, 2, 9, 0, 0), datetime(2025, 11, 4, 14, 0, 0),
    ),
    # XLSX (made by make_xlsx): กองการสื่อสารโทรคมนาคม, กส. -> TEL; สมุทรปราการ (alias) -> P11
    "xlsx": (
        "xlsx", None, 3, 3, 0, 0, {"TEL": 2, "P11": 1},
        datetime(2026, 3, 2, 9, 15, 0), datetime(2026, 3, 31, 23, 59, 59),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(FORMATS))
def test_each_format_loads_every_good_row(case, db_path, tmp_path):
    source, mapping, read, new, duplicate, quarantined, units, first, last = FORMATS[case]
    path = make_xlsx(tmp_path / "responses.xlsx") if source == "xlsx" else source
    [result] = load.import_files("responses", [str(path)], db_path, mapping)
    assert (result.rows_read, result.rows_new, result.rows_duplicate, result.rows_quarantined) == (
        read,
        new,
        duplicate,
        quarantined,
    )
    assert result.status == "ok"
    assert count(db_path, "responses") == new
    assert count(db_path, "quarantine") == quarantined
    by_unit = dict(fetch(db_path, "SELECT unit_code, count(*) FROM responses GROUP BY unit_code"))
    assert by_unit == units
    assert fetch(db_path, "SELECT min(submitted_at), max(submitted_at) FROM responses")[0] == (first, last)
    # dates, fiscal years and the batch agree for every row
    assert fetch(
        db_path,
        "SELECT count(*) FROM responses WHERE submitted_date <> CAST(submitted_at AS DATE) "
        "OR fiscal_year <> year(submitted_at) + 543 + (month(submitted_at) >= 10)::INT "
        "OR source <> ? OR is_demo",
        [Path(path).name],
    ) == [(0,)]


def test_thai_sheet_answers_row_by_row(db_path):
    """Every cell of the Thai sheet lands where it belongs (visitor types, other text, blanks)."""
    load.import_files("responses", [str(TH_SHEET)], db_path)
    rows = fetch(
        db_path,
        """SELECT submitted_at, unit_raw, visitor_contract, visitor_information, visitor_meeting,
                  visitor_feedback, visitor_other, other_text, aware_news, aware_contact, aware_complaint,
                  respondent_agency
           FROM responses ORDER BY submitted_at""",
    )
    T, F, N = True, False, None
    assert rows == [
        (datetime(2025, 10, 1, 9, 5, 12), "กองกลาง", F, T, F, F, F, N, T, T, F, "กรมบัญชีกลาง"),
        (datetime(2025, 10, 1, 14, 30), "กก.", T, F, T, F, F, N, T, F, F, "บริษัท ไทยดิจิทัล จำกัด"),
        # Thai digits in the timestamp
        (datetime(2025, 10, 2, 10, 15), "กลุ่มงานประชาสัมพันธ์", F, F, F, T, F, N, T, T, T, "มหาวิทยาลัยเกษตรศาสตร์"),
        # complaint left blank: NULL, counted in neither
        (datetime(2025, 10, 15, 11, 0), "กองกลาง (กก.)", F, F, T, F, F, N, F, T, N, "สำนักงาน ก.พ."),
        # an "other" text with a comma stays one answer
        (datetime(2025, 11, 3, 9, 45, 30), "ศปท.", F, F, F, F, T, "ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด",
         T, F, T, "บริษัท เน็ตเวิร์ค โซลูชั่น จำกัด"),
        (datetime(2025, 11, 20, 16, 20, 5), "กองคลังกลาง", T, F, F, F, F, N, F, F, F, "บริษัท สยามเทรดดิ้ง จำกัด"),
        # an "other" text mentioning ประชุม is not a meeting
        (datetime(2025, 12, 5, 10, 0), "ศ.ป.ท.", F, F, F, F, T, "มาประชุมเรื่องงบประมาณ", T, T, F,
         "จุฬาลงกรณ์มหาวิทยาลัย"),
        # short spellings รู้ / ไม่ทราบ
        (datetime(2025, 12, 10, 13, 13, 13), "สดจ.นนทบุรี", F, T, F, T, F, N, T, F, T, "ประชาชนทั่วไป"),
        (datetime(2025, 12, 25, 8, 0), "ก ก", F, F, T, F, F, N, T, T, T, "โรงเรียนบ้านหนองบัว"),
    ]  # fmt: skip
    # respondents are a keyed hash, and the double-pasted row did not count twice
    keys = fetch(db_path, "SELECT respondent_key FROM responses")
    assert all(k and len(k) == 32 for (k,) in keys) and len(set(keys)) == 9


def test_forms_download_timestamps_read_as_bangkok_time(db_path):
    load.import_files("responses", [str(DOWNLOAD)], db_path)
    assert [r[0] for r in fetch(db_path, "SELECT submitted_at FROM responses ORDER BY submitted_at")] == [
        datetime(2025, 1, 6, 9, 5, 12),
        datetime(2025, 1, 6, 12, 30, 0),  # 12:30:00 PM
        datetime(2025, 2, 14, 0, 5, 0),  # 12:05:00 AM
        datetime(2025, 3, 31, 23, 59, 59),  # 11:59:59 PM, still in round 6 of FY2568
        datetime(2025, 4, 1, 8, 0, 0),
    ]
    assert fetch(db_path, "SELECT DISTINCT fiscal_year FROM responses") == [(2568,)]
    # the three separate questions with an older year's titles map to the right items
    assert fetch(
        db_path,
        "SELECT count_if(aware_news), count_if(aware_contact), count_if(aware_complaint) FROM responses",
    ) == [(3, 3, 3)]


def test_mapping_names_columns_and_date_order(db_path):
    """Titles Q0..Q8 say nothing; the mapping places them, including awareness items out of order."""
    load.import_files("responses", [str(UNLABELLED)], db_path, UNLABELLED_MAPPING)
    rows = fetch(
        db_path,
        "SELECT submitted_at, unit_code, aware_news, aware_contact, aware_complaint, respondent_key IS NOT NULL "
        "FROM responses ORDER BY submitted_at",
    )
    assert rows == [
        # 10/2/2025 month-first = 2 Oct 2025; Q5 = complaint, Q6 = news, Q7 = contact
        (datetime(2025, 10, 2, 9, 0), "ADM", True, True, False, True),
        (datetime(2025, 10, 3, 10, 30), "ACC", True, False, False, True),
        (datetime(2025, 11, 4, 14, 0), "ADM", False, True, True, True),
    ]


def test_mapping_accepts_bare_channel_names(db_path, tmp_path):
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(
        UNLABELLED_MAPPING.read_text(encoding="utf-8")
        .replace("aware_complaint =", "complaint =")
        .replace("aware_news =", "news =")
        .replace("aware_contact =", "contact ="),
        encoding="utf-8",
    )
    load.import_files("responses", [str(UNLABELLED)], db_path, mapping)
    assert fetch(
        db_path, "SELECT aware_news, aware_contact, aware_complaint FROM responses ORDER BY submitted_at"
    ) == [(True, True, False), (True, False, False), (False, True, True)]


def test_without_the_mapping_nothing_wrong_loads_and_nothing_personal_is_kept(db_path):
    """Column 0 ("No.") is taken for the timestamp: either the file is refused, or every row is
    quarantined; never loaded with guessed dates, and the unrecognised Q1/Q2/Q8 (e-mail, phone,
    name) are masked in quarantine like any column not known to be harmless."""
    try:
        [result] = load.import_files("responses", [str(UNLABELLED)], db_path)
    except InputProblem as problem:
        assert "--mapping" in problem.en
        assert not db_path.exists()
        return
    assert (result.rows_new, result.rows_quarantined) == (0, 3)
    assert count(db_path, "responses") == 0
    raws = [json.loads(raw) for (raw,) in fetch(db_path, "SELECT raw FROM quarantine ORDER BY row_number")]
    assert [r["Q1"] for r in raws] == ["•••"] * 3
    assert [r["Q2"] for r in raws] == ["•••"] * 3
    assert [r["Q8"] for r in raws] == ["•••"] * 3
    assert [r["Q3"] for r in raws] == ["กองกลาง", "ศปท.", "กก."]  # recognised by its answers: kept
    assert [r["Q5"] for r in raws] == ["ไม่รู้/ไม่ทราบ", "ไม่รู้/ไม่ทราบ", "รู้/ทราบ"]


# ---------------------------------------------------------------------------------------------
# bad rows: quarantined with reasons, never lost

BAD = {
    # row number in the sheet (header = 1): (column, Thai fragment, English fragment)
    3: ("timestamp", "ไม่มีวันเวลา", "missing timestamp"),
    4: ("timestamp", "ไม่มีอยู่จริง", "not a real date"),
    5: ("aware_*", "ไม่มีคำตอบ", "all three items are blank"),
    6: ("aware_contact", "ไม่แน่ใจ", "'ไม่แน่ใจ' is neither"),
}


def test_bad_rows_are_quarantined_with_reasons(db_path):
    [result] = load.import_files("responses", [str(BAD_ROWS)], db_path)
    assert (result.rows_read, result.rows_new, result.rows_quarantined) == (8, 4, 4)
    assert load.summary([result])["rows_quarantined"] == 4
    rows = fetch(
        db_path,
        "SELECT row_number, column_name, reason_th, reason_en, raw, source, kind FROM quarantine ORDER BY row_number",
    )
    assert [r[0] for r in rows] == sorted(BAD)
    for row_number, column, reason_th, reason_en, raw, source, kind in rows:
        want_column, th, en = BAD[row_number]
        assert column == want_column
        assert th in reason_th and en in reason_en
        assert (source, kind) == ("responses_bad_rows.csv", "responses")
        cells = json.loads(raw)
        # the whole row is kept, with personal fields masked
        assert len(cells) == 12
        for title in ("ชื่อ", "นามสกุล", "ตำแหน่ง", "หมายเลขโทรศัพท์", "E-mail"):
            assert cells[title] == "•••"
        assert cells["หน่วยงานของท่าน"]  # not personal: kept as typed
    raw_by_row = {r[0]: json.loads(r[4]) for r in rows}
    assert raw_by_row[4]["ประทับเวลา"] == "31/2/2568 10:00:00"
    assert raw_by_row[6]["ท่านติดต่อกับสำนักงานปลัดกระทรวงฯ ณ หน่วยงานใด"] == "ยศ."


def test_same_bad_rows_twice_are_kept_once(db_path):
    load.import_files("responses", [str(BAD_ROWS)], db_path)
    [again] = load.import_files("responses", [str(BAD_ROWS)], db_path)
    assert (again.rows_new, again.rows_duplicate, again.rows_quarantined) == (0, 4, 4)
    assert count(db_path, "quarantine") == 4
    assert count(db_path, "responses") == 4


# ---------------------------------------------------------------------------------------------
# idempotency


def test_same_file_twice_adds_nothing(db_path):
    [first] = load.import_files("responses", [str(TH_SHEET)], db_path)
    before = fetch(db_path, "SELECT * EXCLUDE (batch_id) FROM responses ORDER BY response_id")
    [second] = load.import_files("responses", [str(TH_SHEET)], db_path)
    assert first.rows_new == 9
    assert (second.rows_read, second.rows_new, second.rows_duplicate) == (10, 0, 10)
    assert fetch(db_path, "SELECT * EXCLUDE (batch_id) FROM responses ORDER BY response_id") == before
    assert count(db_path, "load_batches") == 2


def test_identical_submissions_count_once(db_path):
    load.import_files("responses", [str(TH_SHEET)], db_path)
    # rows 2 and 9 of the sheet are the same submission pasted twice
    assert fetch(db_path, "SELECT count(*) FROM responses WHERE submitted_at = '2025-10-01 09:05:12'") == [
        (1,)
    ]


@pytest.mark.parametrize("order", [(TH_SHEET, TH_LATER), (TH_LATER, TH_SHEET)])
def test_overlapping_downloads_add_only_new_rows(order, db_path):
    results = [load.import_files("responses", [str(path)], db_path)[0] for path in order]
    # 9 distinct in the first download; the later one repeats 5 of them (plus row 2's double)
    # and adds 2 January submissions: 11 in all, whichever is loaded first.
    assert count(db_path, "responses") == 11
    assert sum(r.rows_new for r in results) == 11
    later = results[order.index(TH_LATER)]
    assert later.rows_read == 8
    if order[0] == TH_SHEET:
        assert (later.rows_new, later.rows_duplicate) == (2, 6)
    assert fetch(db_path, "SELECT count(*) FROM responses WHERE unit_code = 'FOR'") == [(2,)]


def test_several_files_in_one_run(db_path):
    results = load.import_files("responses", [str(TH_SHEET), str(TH_LATER), str(DOWNLOAD)], db_path)
    assert [r.rows_new for r in results] == [9, 2, 5]
    assert count(db_path, "responses") == 16
    assert count(db_path, "load_batches") == 3


# ---------------------------------------------------------------------------------------------
# unknown units are kept and flagged


def test_unknown_unit_is_kept_and_flagged(db_path):
    [result] = load.import_files("responses", [str(TH_SHEET)], db_path)
    assert fetch(db_path, "SELECT unit_code, unit_raw, unit_known FROM responses WHERE NOT unit_known") == [
        (None, "กองคลังกลาง", False)
    ]
    assert "rows naming a unit not in units.csv: 1" in result.message
    assert fetch(db_path, "SELECT message FROM load_batches") == [(result.message,)]


# ---------------------------------------------------------------------------------------------
# file-level failures: a clear message, and the served database untouched


@pytest.fixture
def served(db_path) -> Path:
    """A served database holding the Thai sheet and one quarantined-row file."""
    load.import_files("responses", [str(TH_SHEET), str(BAD_ROWS)], db_path)
    load.import_files("responses", [str(DOWNLOAD)], db_path)  # so a backup exists too
    return db_path


def _missing_column_mapping(tmp_path: Path) -> Path:
    (tmp_path / "inputs").mkdir(exist_ok=True)
    path = tmp_path / "inputs" / "wrong_mapping.toml"
    path.write_text('[columns]\naware_news = "ข้อ 9 (ไม่มีในชีต)"\n', encoding="utf-8")
    return path


def _reach_without_value(tmp_path: Path) -> Path:
    (tmp_path / "inputs").mkdir(exist_ok=True)
    path = tmp_path / "inputs" / "reach_no_value.csv"
    path.write_text("month,platform,metric\n2025-10,Facebook,reach\n", encoding="utf-8")
    return path


FAILURES = {
    # name: (kind, files(tmp_path), extra args(tmp_path), fragments the message must hold)
    "no awareness column": (
        "responses",
        lambda t: [str(SATISFACTION)],
        lambda t: [],
        ["responses_satisfaction.csv", "awareness answers", "คำตอบการรับรู้", "ความพึงพอใจต่อการให้บริการ"],
    ),
    "missing file": (
        "responses",
        lambda t: [str(t / "ไม่มีไฟล์นี้.csv")],
        lambda t: [],
        ["ไม่มีไฟล์นี้.csv", "file not found", "ไม่พบไฟล์"],
    ),
    "good file then a bad one": (
        "responses",
        lambda t: [str(TH_LATER), str(SATISFACTION)],
        lambda t: [],
        ["responses_satisfaction.csv", "awareness answers"],
    ),
    "mapping names a missing column": (
        "responses",
        lambda t: [str(UNLABELLED)],
        lambda t: ["--mapping", str(_missing_column_mapping(t))],
        ["responses_unlabelled.csv", "ข้อ 9 (ไม่มีในชีต)", "aware_news", "no such column"],
    ),
    "long table lacks a column": (
        "reach",
        lambda t: [str(_reach_without_value(t))],
        lambda t: [],
        ["reach_no_value.csv", "column 'value' not found", "ไม่พบคอลัมน์ 'value'"],
    ),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_file_level_failure_leaves_served_database_unchanged(case, served, tmp_path):
    kind, files, extra, fragments = FAILURES[case]
    before = snapshot(served)
    counts_before = {t: count(served, t) for t in ("responses", "quarantine", "load_batches")}
    proc = etl_cli("import", kind, *files(tmp_path), *extra(tmp_path), "--db", str(served))
    # reach refuses file by file (exit 1, the others still load); other kinds refuse the run (exit 2)
    assert proc.returncode == (1 if kind == "reach" else 2), proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr, (fragment, proc.stderr)
    assert "not changed" in proc.stderr and "ไม่ถูกเปลี่ยนแปลง" in proc.stderr
    after = snapshot(served)
    assert after == before  # same bytes, same inode and mtime, no temp file left, no new backup
    assert {t: count(served, t) for t in ("responses", "quarantine", "load_batches")} == counts_before


def test_file_level_failure_through_the_api_names_file_and_column(served, tmp_path):
    before = snapshot(served)
    with pytest.raises(InputProblem) as info:
        load.import_files("responses", [str(UNLABELLED)], served, _missing_column_mapping(tmp_path))
    assert info.value.column == "ข้อ 9 (ไม่มีในชีต)"
    assert str(UNLABELLED) in info.value.en and str(UNLABELLED) in info.value.th
    assert snapshot(served) == before


def test_failure_on_a_fresh_machine_creates_no_database(db_path):
    proc = etl_cli("import", "responses", str(SATISFACTION), "--db", str(db_path))
    assert proc.returncode == 2
    assert not db_path.exists()
    assert not list(db_path.parent.glob("*.tmp*"))


# ---------------------------------------------------------------------------------------------
# personal data never reaches the database


def _all_text_in_database(db: Path) -> list[str]:
    """Every VARCHAR value of every table, and every value inside the quarantined rows' JSON."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE data_type = 'VARCHAR'"
        ).fetchall()
        texts = []
        for table, column in columns:
            texts += [v for (v,) in con.execute(f'SELECT "{column}" FROM "{table}"').fetchall() if v]  # noqa: S608
        for (raw,) in con.execute("SELECT raw FROM quarantine").fetchall():
            texts += [str(k) for k in json.loads(raw)] + [str(v) for v in json.loads(raw).values()]
    finally:
        con.close()
    assert len(columns) >= 20  # the check reads the real schema, not an empty one
    return texts


def test_personal_data_is_never_stored(db_path, tmp_path):
    xlsx = make_xlsx(tmp_path / "form_responses.xlsx")
    for path, planted in PERSONAL.items():  # the fixtures really carry what we look for
        text = path.read_bytes().decode("utf-16" if path == UTF16 else "utf-8-sig")
        assert all(p in text for p in planted), path
    load.import_files("responses", [str(TH_SHEET), str(TH_LATER), str(DOWNLOAD), str(UTF16)], db_path)
    load.import_files("responses", [str(BAD_ROWS), str(xlsx)], db_path)
    load.import_files("responses", [str(UNLABELLED)], db_path, UNLABELLED_MAPPING)
    assert count(db_path, "responses") == 9 + 2 + 5 + 3 + 4 + 3 + 3
    assert count(db_path, "quarantine") == 4

    planted = [p for strings in PERSONAL.values() for p in strings] + XLSX_PERSONAL
    needles = sorted({p for p in planted} | {_ascii_digits(p) for p in planted})
    texts = _all_text_in_database(db_path)
    leaks = sorted({n for n in needles for t in texts if n in t})
    assert leaks == []
    files = [db_path, *(db_path.parent / "backups").glob("*.duckdb")]
    assert len(files) >= 3
    for file in files:
        data = file.read_bytes()
        found = [n for n in needles if n.encode("utf-8") in data]
        assert found == [], file
    # what may be kept is kept: the respondent's agency and the masked marker in quarantine
    assert any("กรมบัญชีกลาง" == t for t in texts)
    assert any("•••" == t for t in texts)


# ---------------------------------------------------------------------------------------------
# the command line: summary, status, and the query the dashboard asks


def test_cli_import_summary_and_status_json(db_path):
    proc = etl_cli("import", "responses", str(TH_SHEET), str(BAD_ROWS), "--db", str(db_path), "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["rows_new"], summary["rows_quarantined"]) == (9 + 4, 4)
    assert [
        (b["source"], b["rows_read"], b["rows_new"], b["rows_duplicate"]) for b in summary["batches"]
    ] == [
        ("responses_th_sheet.csv", 10, 9, 1),
        ("responses_bad_rows.csv", 8, 4, 0),
    ]

    proc = etl_cli("import", "responses", str(BAD_ROWS), "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    assert "quarantined 4" in proc.stdout and "python -m etl status" in proc.stdout

    proc = etl_cli("status", "--json", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    status = json.loads(proc.stdout)
    assert status["exists"] is True and status["demo"] is False
    assert status["tables"]["responses"] == 13
    assert status["tables"]["quarantine"] == status["quarantine"] == 4
    assert status["tables"]["units"] == 89
    assert status["tables"]["load_batches"] == 3
    loads = {entry["source"]: entry for entry in status["last_loads"]}
    assert set(loads) == {"responses_th_sheet.csv", "responses_bad_rows.csv"}
    assert loads["responses_bad_rows.csv"]["rows_new"] == 0  # the latest load of that source
    assert loads["responses_bad_rows.csv"]["rows_quarantined"] == 4
    assert "rows naming a unit not in units.csv: 1" in loads["responses_th_sheet.csv"]["message"]


def test_cli_status_without_a_database(db_path):
    proc = etl_cli("status", "--json", "--db", str(db_path))
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"db": str(db_path), "exists": False}


AWARENESS = {
    # (start, end, extra params): {channel: (aware, unaware)}, counted by hand from the fixtures
    # FY2568 round 6 from the Forms download; the 23:59:59 on 31 Mar counts, 1 Apr does not
    ("2024-10-01", "2025-03-31", ()): {"news": (3, 1), "contact": (3, 1), "complaint": (2, 2)},
    # Oct-Dec 2025, the Thai sheet's 9 distinct rows; one complaint answer blank
    ("2025-10-01", "2025-12-31", ()): {"news": (7, 2), "contact": (5, 4), "complaint": (4, 4)},
    # the same, only กองกลาง (5 rows)
    ("2025-10-01", "2025-12-31", ("units=ADM",)): {"news": (4, 1), "contact": (4, 1), "complaint": (2, 2)},
    # the same, only visitors who ticked ประชุม/สัมมนา (3 rows; the "มาประชุม..." other text is not one)
    ("2025-10-01", "2025-12-31", ("visitor_type=meeting",)): {
        "news": (2, 1),
        "contact": (2, 1),
        "complaint": (1, 1),
    },
    # January 2026: 2 new rows of the later download + 4 good rows of the bad-rows file
    ("2026-01-01", "2026-01-31", ()): {"news": (3, 3), "contact": (4, 2), "complaint": (3, 2)},
}


def test_cli_awareness_by_channel_gives_hand_counted_figures(db_path, tmp_path):
    files = [str(TH_SHEET), str(TH_LATER), str(DOWNLOAD), str(BAD_ROWS)]
    proc = etl_cli("import", "responses", *files, "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    for (start, end, extra), expected in AWARENESS.items():
        params = [arg for p in (f"start={start}", f"end={end}", *extra) for arg in ("-p", p)]
        out = tmp_path / "out.csv"
        proc = queries_cli(
            "run", "awareness_by_channel", "--db", str(db_path), "--format", "csv", *params, "-o", str(out)
        )
        assert proc.returncode == 0, proc.stderr
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        got = {r["channel"]: (int(r["aware"]), int(r["unaware"])) for r in rows}
        assert got == expected, (start, end, extra)
        for r in rows:
            aware, unaware = expected[r["channel"]]
            assert int(r["total"]) == aware + unaware
            assert float(r["rate"]) == pytest.approx(aware / (aware + unaware))


def test_cli_query_to_stdout(db_path):
    load.import_files("responses", [str(DOWNLOAD)], db_path)
    proc = queries_cli(
        "run", "awareness_by_channel", "--db", str(db_path), "--format", "csv",
        "-p", "start=2025-04-01", "-p", "end=2025-04-01",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    # only the 1 April 08:00 response: news and contact unaware, complaint aware
    assert [(r["channel"], r["aware"], r["unaware"]) for r in rows] == [
        ("news", "0", "1"),
        ("contact", "0", "1"),
        ("complaint", "1", "0"),
    ]


# ---------------------------------------------------------------------------------------------
# long tables: reach, submissions, ITA scores


def test_long_tables_load_and_quarantine(db_path):
    results = {
        kind: load.import_files(kind, [str(FIXTURES / name)], db_path)[0]
        for kind, name in (
            ("reach", "reach.csv"),
            ("submissions", "submissions.csv"),
            ("ita", "ita_scores.csv"),
        )
    }
    counts = {k: (r.rows_read, r.rows_new, r.rows_quarantined) for k, r in results.items()}
    assert counts == {"reach": (6, 4, 2), "submissions": (4, 3, 1), "ita": (5, 4, 1)}
    assert fetch(db_path, "SELECT month, platform, metric, value FROM reach ORDER BY month, platform") == [
        (date(2025, 10, 1), "facebook", "reach", 180000.0),  # "180,000"
        (date(2025, 10, 1), "youtube", "views", 45000.0),  # month "ต.ค. 2568"
        (date(2025, 11, 1), "facebook", "reach", 175500.0),  # เฟซบุ๊ก / การเข้าถึง
        (date(2025, 11, 1), "line", "followers", 60000.0),  # Thai digits in month and value
    ]
    assert fetch(
        db_path,
        "SELECT unit_code, form, fiscal_year, period, submitted_at FROM submissions ORDER BY submitted_at",
    ) == [
        ("ADM", "reach_monthly", 2569, "2025-10", datetime(2025, 11, 5, 9, 0)),
        ("ADM", "form1", 2569, "6", datetime(2026, 4, 15, 10, 0)),
        ("ACC", "form2", 2569, "6", datetime(2026, 4, 20, 9, 0)),
    ]
    assert fetch(db_path, "SELECT indicator, score FROM ita_scores WHERE fiscal_year = 2565 ORDER BY 1") == [
        (0, 92.48),
        (7, 80.29),
        (9, 100.0),
        (10, 100.0),
    ]
    reasons = dict(fetch(db_path, "SELECT source || ':' || row_number, reason_en FROM quarantine"))
    assert set(reasons) == {"reach.csv:6", "reach.csv:7", "submissions.csv:5", "ita_scores.csv:6"}
    assert "unknown platform 'MySpace'" in reasons["reach.csv:6"]
    assert "negative" in reasons["reach.csv:7"]
    assert "unknown unit 'กองคลังกลาง'" in reasons["submissions.csv:5"]
    assert "indicator must be 0-10" in reasons["ita_scores.csv:6"]


def test_long_tables_reimport_adds_nothing_and_a_corrected_month_replaces(db_path, tmp_path):
    for kind, name in (("reach", "reach.csv"), ("submissions", "submissions.csv"), ("ita", "ita_scores.csv")):
        load.import_files(kind, [str(FIXTURES / name)], db_path)
        [again] = load.import_files(kind, [str(FIXTURES / name)], db_path)
        assert again.rows_new == 0, kind
    corrected = tmp_path / "reach.csv"  # same source name: the PR group re-sends its sheet
    corrected.write_text("month,platform,metric,value\n2025-10,Facebook,reach,181000\n", encoding="utf-8")
    [result] = load.import_files("reach", [str(corrected)], db_path)
    assert result.rows_new == 1
    assert fetch(db_path, "SELECT value FROM reach WHERE month = '2025-10-01' AND platform = 'facebook'") == [
        (181000.0,)
    ]
    assert count(db_path, "reach") == 4


def test_cli_import_reach_through_subprocess(db_path):
    proc = etl_cli("import", "reach", str(FIXTURES / "reach.csv"), "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    assert "reach.csv: loaded — recognised as long sheet" in proc.stdout
    assert "read 6, new 4, duplicate 0, quarantined 2" in proc.stdout
    assert "months 2025-10 – 2025-11 (2) facebook, line, youtube · followers, reach, views" in proc.stdout
    assert os.path.exists(db_path) and count(db_path, "reach") == 4


def test_mapping_with_an_unknown_role_is_refused(db_path, tmp_path):
    mapping = tmp_path / "typo.toml"
    mapping.write_text('[columns]\ntimestmp = "Q0"\n', encoding="utf-8")
    with pytest.raises(InputProblem) as info:
        load.import_files("responses", [str(UNLABELLED)], db_path, mapping)
    assert "unknown role 'timestmp'" in info.value.en and "timestamp" in info.value.en
    assert not db_path.exists()


def test_the_documented_mapping_example_is_valid():
    """docs/mapping.example.toml must name only known roles and place all three awareness items."""
    from etl.forms import recognise
    from etl.units import UnitMatcher

    mapping, options = load_mapping(ROOT / "docs" / "mapping.example.toml")
    headers = list(dict.fromkeys(mapping.values()))
    row = ["" for _ in headers]
    layout = recognise(headers, [row], UnitMatcher([]), mapping)
    assert set(layout.channels) == {"news", "contact", "complaint"}
    assert {"timestamp", "unit"} <= set(layout.roles)
    assert options.get("date_order") in ("auto", "dmy", "mdy")
