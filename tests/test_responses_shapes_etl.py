"""Survey responses in the shapes Google Forms really gives: the Forms CSV download (';' between ticks),
the linked Sheet (', '), options the form owner lightly edited, and an XLSX download with extra tabs.

Counts are worked out by hand from the rows written next to them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook

from etl import load, outcome
from tests.support.oracle import etl_cli

HEADERS = [
    "Timestamp",
    "Email Address",
    "ชื่อ-นามสกุล",
    "หน่วยงานที่ท่านมาติดต่อ",
    "ประเภทผู้มาติดต่อ",
    "1. ท่านรู้/ทราบการเผยแพร่ข้อมูลข่าวสารและผลงานของ สป.ดศ. หรือไม่",
    "2. ท่านรู้/ทราบช่องทางการติดต่อ-สอบถาม และการให้ข้อเสนอแนะ หรือไม่",
    "3. ท่านรู้/ทราบช่องทางการร้องเรียนการทุจริตของเจ้าหน้าที่ หรือไม่",
]
# (visitor cell, expected ticks, expected other text)
CELLS = [
    ("คู่สัญญา/การจัดซื้อจัดจ้าง;ประชุม/สัมมนา", {"contract", "meeting"}, None),  # Forms CSV download
    ("ขอรับบริการข้อมูล / ข่าวสาร", {"information"}, None),  # spaces around "/"
    ("ประชุม/สัมมนา ออนไลน์", {"meeting"}, None),  # a trailing word the owner added
    ("ประชุม/สัมมนา;สื่อมวลชน, ช่างภาพ", {"meeting", "other"}, "สื่อมวลชน, ช่างภาพ"),  # other keeps its comma
    ("เสนอความเห็น/ข้อเสนอแนะ, ผู้รับเหมา, บริษัท ก จำกัด", {"feedback", "other"}, "ผู้รับเหมา, บริษัท ก จำกัด"),
    ("ขอรับบริการข้อมูล/ข่าวสาร;เสนอความเห็น/ข้อเสนอแนะ", {"information", "feedback"}, None),
    ("ผู้ตรวจสอบภายนอก", {"other"}, "ผู้ตรวจสอบภายนอก"),  # ticks no option: loaded as other, and said
]
TYPES = ("contract", "information", "meeting", "feedback", "other")


def forms_csv(path: Path) -> Path:
    lines = [",".join(HEADERS)]
    for n, (cell, _, _) in enumerate(CELLS):
        quoted = '"' + cell.replace('"', '""') + '"'
        lines.append(
            f"2025/10/{n + 1:02d} 9:05:12 AM GMT+7,p{n}@example.org,คน ที่{n},กองกฎหมาย,{quoted},"
            "รู้/ทราบ,ไม่รู้/ไม่ทราบ,รู้/ทราบ"
        )
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_forms_csv_and_sheet_checkbox_cells_count_as_the_options_they_are(tmp_path, db_path):
    [result] = load.import_files("responses", [str(forms_csv(tmp_path / "responses.csv"))], db_path)
    assert (result.rows_read, result.rows_new, result.rows_quarantined) == (len(CELLS), len(CELLS), 0)
    assert result.months == ["2025-10"] and result.recognised_as == "Google Forms responses"
    cols = ", ".join(f"visitor_{t}" for t in TYPES)
    got = rows(db_path, f"SELECT submitted_date, {cols}, other_text FROM responses ORDER BY submitted_date")  # noqa: S608
    for (cell, ticks, other), row in zip(CELLS, got, strict=True):
        assert {t for t, flag in zip(TYPES, row[1:6], strict=True) if flag} == ticks, cell
        assert row[6] == other, cell
    # by hand: contract 1, information 2, meeting 3, feedback 2, other 3
    totals = rows(db_path, f"SELECT {', '.join(f'count_if(visitor_{t})' for t in TYPES)} FROM responses")  # noqa: S608
    assert totals == [(1, 2, 3, 2, 3)]
    # the cell that ticks no option is named in the summary, not silently "other"
    [note] = [n for n in result.notes if "matching no option" in n.en]
    assert "visitor-type cells matching no option of the form: 1 (e.g. 'ผู้ตรวจสอบภายนอก')" in note.en
    assert "ไม่ตรงกับตัวเลือกใดของแบบฟอร์ม: 1 แถว" in note.th
    assert any("matching no option" in line for line in outcome.describe(result, "en"))


def test_quoted_examples_are_shown_once_and_never_kept(tmp_path, db_path):
    """The unmatched cells' examples are free text: the importer sees them, the load log and the
    last-import file keep only the count (an erasure could not reach a copy there)."""
    [result] = load.import_files("responses", [str(forms_csv(tmp_path / "responses.csv"))], db_path)
    assert any("ผู้ตรวจสอบภายนอก" in n.en for n in result.notes)
    outcome.write_log(db_path, "responses", [result])
    [(message,)] = rows(db_path, "SELECT message FROM load_batches WHERE kind = 'responses'")
    assert "matching no option of the form: 1" in message and "ผู้ตรวจสอบภายนอก" not in message
    log = outcome.log_path(db_path).read_text(encoding="utf-8")
    assert "matching no option of the form: 1" in log and "ผู้ตรวจสอบภายนอก" not in log


def test_no_note_when_the_column_is_mostly_free_text(tmp_path, db_path):
    """A column where most cells tick no option is not a checkbox column gone wrong: no warning."""
    path = tmp_path / "r.csv"
    body = [",".join(HEADERS)] + [
        f"2025/10/0{n + 1} 9:05:12 AM GMT+7,,,กองกฎหมาย,{cell},รู้/ทราบ,รู้/ทราบ,รู้/ทราบ"
        for n, cell in enumerate(["ประชุม/สัมมนา", "นักข่าว", "ผู้รับเหมา", "นักศึกษา"])
    ]
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    [result] = load.import_files("responses", [str(path)], db_path)
    assert not [n for n in result.notes if "matching no option" in n.en]


def workbook(path: Path) -> Path:
    """An XLSX download of the linked Sheet, with a summary tab the office put first and a pivot after."""
    book = Workbook()
    summary = book.active
    summary.title = "สรุป"
    summary.append(["หน่วยงาน", "จำนวน"])
    summary.append(["กองกฎหมาย", 2])
    responses = book.create_sheet("การตอบแบบฟอร์ม 1")
    responses.append(HEADERS)
    responses.append(
        [datetime(2025, 10, 1, 9, 5, 12), "", "", "กองกฎหมาย", "ประชุม/สัมมนา", "รู้/ทราบ", "รู้/ทราบ", "รู้/ทราบ"]
    )
    responses.append(
        [datetime(2025, 11, 30, 23, 59, 1), "", "", "กม.", "คู่สัญญา/การจัดซื้อจัดจ้าง", "รู้/ทราบ", "", ""]
    )
    pivot = book.create_sheet("Pivot")
    pivot.append(["ประเภท", "รู้/ทราบ"])
    pivot.append(["ประชุม/สัมมนา", 1])
    book.save(path)
    return path


def test_xlsx_with_several_tabs_reads_the_responses_tab_by_content(tmp_path, db_path):
    [result] = load.import_files("responses", [str(workbook(tmp_path / "form.xlsx"))], db_path)
    assert result.sheet == "การตอบแบบฟอร์ม 1" and result.rows_new == 2
    assert "tab 'การตอบแบบฟอร์ม 1'" in outcome.describe(result, "en")[0]
    assert "แท็บ 'การตอบแบบฟอร์ม 1'" in outcome.describe(result, "th")[0]
    assert rows(db_path, "SELECT submitted_at FROM responses ORDER BY 1") == [
        (datetime(2025, 10, 1, 9, 5, 12),),  # real date-time cells, read as such
        (datetime(2025, 11, 30, 23, 59, 1),),
    ]


def test_worksheet_option_overrides_and_an_unknown_tab_is_named(tmp_path, db_path):
    path = workbook(tmp_path / "form.xlsx")

    def cli(*extra):
        return etl_cli("import", "responses", str(path), "--db", str(db_path), *extra)

    proc = cli("--worksheet", "การตอบแบบฟอร์ม 1")
    assert proc.returncode == 0, proc.stderr
    assert "tab 'การตอบแบบฟอร์ม 1'" in proc.stdout
    proc = cli("--worksheet", "Sheet9")
    assert proc.returncode == 2
    assert "no tab 'Sheet9' in the workbook (tabs: 'สรุป', 'การตอบแบบฟอร์ม 1', 'Pivot')" in proc.stderr
    proc = cli("--worksheet", "สรุป")  # the summary tab, as asked: refused for what it lacks
    assert proc.returncode == 2 and "not changed" in proc.stderr


@pytest.mark.parametrize(
    ("raw", "ticked", "other"),
    [
        ("คู่สัญญา/การจัดซื้อจัดจ้าง;ประชุม/สัมมนา", {"contract", "meeting"}, ""),
        ("อื่นๆ;นักข่าว, ช่างภาพ", {"other"}, "นักข่าว, ช่างภาพ"),
        ("ประชุม / สัมมนา (ออนไลน์)", {"meeting"}, ""),
        ("ประชุมเรื่องงบประมาณ", {"other"}, "ประชุมเรื่องงบประมาณ"),  # mentions ประชุม: still other
        ("ประชุม/สัมมนา;", {"meeting"}, ""),
    ],
)
def test_checkbox_cells(raw, ticked, other):
    from etl.forms import split_visitor_types

    assert split_visitor_types(raw) == (frozenset(ticked), other)
