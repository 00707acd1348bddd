"""แบบรายงานที่ ๑ and ๒ and the ศปท. round report as DOCX: every table cell equals the query for the
same unit and round; officer lines are left to fill in; a unit without responses is told so; the CLI."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import duckdb
import pytest
from docx import Document

import queries
from etl import publish
from reports import bundle, form1, form2, round_data, round_report
from reports.__main__ import main
from tests.support.seed import AWARE_COLUMNS, insert_responses, insert_units

ROUND6 = {"start": "2025-10-01", "end": "2026-03-31", "visitor_type": None}
AS_OF = date(2026, 4, 20)


@pytest.fixture(scope="module")
def ask(demo_db):
    con = duckdb.connect(str(demo_db), read_only=True)
    yield lambda name, **p: queries.run(con, name, **p)
    con.close()


def cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.mark.parametrize("unit", ["ADM", "ACC", "P82"])
def test_form2_tables_equal_the_queries(ask, unit):
    doc = Document(io.BytesIO(form2.build_docx(form2.gather(ask, unit, 2569, "6"))))
    mix = ask("visitor_mix", **ROUND6, units=[unit])
    aware = ask("awareness_by_channel", **ROUND6, units=[unit])
    visitors, items = (cells(t) for t in doc.tables)
    assert visitors[0] == ["ที่", "ประเภทผู้มาติดต่อ", "จำนวน (คน)"]
    assert [r[0] for r in visitors[1:]] == ["๑", "๒", "๓", "๔", "๕"]
    assert [r[1] for r in visitors[1:]] == [
        "คู่สัญญา/การจัดซื้อจัดจ้าง",
        "ขอรับบริการข้อมูล/ข่าวสาร",
        "ประชุม/สัมมนา",
        "เสนอความเห็น/ข้อเสนอแนะ",
        "อื่นๆ",
    ]
    assert [r[2] for r in visitors[1:]] == [f"{v:,}" for v in mix["responses"]]
    # the seed's merged heading: ที่ and ช่องทาง/ข้อมูล span two rows, การรับรู้-รับทราบ (คน) two columns
    assert items[0] == ["ที่", "ช่องทาง/ข้อมูล", "การรับรู้-รับทราบ (คน)", "การรับรู้-รับทราบ (คน)", "รวมทั้งสิ้น จำนวน (คน)"]
    assert items[1][2:4] == ["รู้/ทราบ", "ไม่รู้/ไม่ทราบ"]
    assert [r[0] for r in items[2:]] == ["๑", "๒", "๓"]
    assert [r[2:] for r in items[2:]] == [
        [f"{a:,}", f"{u:,}", f"{n:,}"]
        for a, u, n in zip(aware["aware"], aware["unaware"], aware["total"], strict=True)
    ]
    text = [p.text for p in doc.paragraphs]
    assert f"ผู้ตอบแบบสำรวจทั้งหมด {mix['n'].iloc[0]:,} คน" in " ".join(text)


def test_form2_layout_title_officer_lines_and_signature(ask):
    doc = Document(io.BytesIO(form2.build_docx(form2.gather(ask, "ADM", 2569, "6"))))
    text = [p.text for p in doc.paragraphs]
    assert text[0].startswith("ข้อมูลตัวอย่าง")  # demo figures say so
    assert text[1:4] == [
        "รายงานผลการสำรวจการรับรู้-รับทราบการเผยแพร่ข้อมูลข่าวสาร",
        "ของสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมผ่านช่องทางต่างๆ",
        "หน่วยงาน กองกลาง",
    ]
    assert text[4] == "รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)"
    # the officer's lines: labels and dot-leader tabs only, nothing filled in from data
    assert text[5:8] == ["ชื่อ\tนามสกุล\t", "ตำแหน่ง\tหน่วยงาน กองกลาง ", "หมายเลขโทรศัพท์\tE-mail\t"]
    leaders = doc.paragraphs[5].paragraph_format.tab_stops
    assert [str(s.leader) for s in leaders] == ["DOTS (1)", "DOTS (1)"]
    assert "๑. ประเภทของผู้มาติดต่อ" in text and "๒. การรับรู้ - รับทราบ" in text
    assert text[-1] == "ณ วันที่............เดือน.............................พ.ศ. ..............."
    assert text[-3] == "(.......................................................)"


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """ADM has two responses in round 6 of FY2569 (one item left blank); LEG has none."""
    path = tmp_path_factory.mktemp("forms") / "small.duckdb"
    with publish.staged(path, fresh=True) as con:
        insert_units(con, [("ADM", "กองกลาง", "central"), ("LEG", "กองกฎหมาย", "central")])
        rows = [
            ("r1", datetime(2025, 11, 3, 9), [True, True, False, False, False], [True, False, None]),
            ("r2", datetime(2026, 3, 31, 23, 59), [False, True, False, False, True], [False, False, True]),
            (
                "r3",
                datetime(2026, 4, 1, 8),
                [True, False, False, False, False],
                [True, True, True],
            ),  # round 12
        ]
        insert_responses(
            con,
            [
                [rid, at, at.date(), 2569, "ADM", "กองกลาง", True, *visitors, *aware]
                for rid, at, visitors, aware in rows
            ],
            AWARE_COLUMNS,
        )
    return path


def test_form2_counts_on_a_seed_counted_by_hand(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    form = form2.gather(lambda n, **p: queries.run(con, n, **p), "ADM", 2569, "6")
    con.close()
    doc = Document(io.BytesIO(form2.build_docx(form)))
    visitors, items = (cells(t) for t in doc.tables)
    assert [r[2] for r in visitors[1:]] == ["1", "2", "0", "0", "1"]  # r1 + r2; r3 is after 31 March
    # complaint: r1 left it blank, so it counts in neither column nor the total
    assert [r[2:] for r in items[2:]] == [["1", "1", "2"], ["0", "2", "2"], ["1", "0", "1"]]
    assert "ข้อมูลตัวอย่าง" not in doc.paragraphs[0].text  # not demo data: no demo badge


def test_a_unit_without_responses_gets_a_form_that_says_so(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    form = form2.gather(lambda n, **p: queries.run(con, n, **p), "LEG", 2569, "6")
    con.close()
    doc = Document(io.BytesIO(form2.build_docx(form)))
    assert form.responses == 0 and len(doc.tables) == 0  # no table of zeros that looks like data
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "ไม่มีผู้ตอบแบบสำรวจการรับรู้-รับทราบที่ระบุหน่วยงานนี้ในรอบการรายงานนี้" in text
    assert "หน่วยงาน กองกฎหมาย" in text and "ณ วันที่" in text


def test_form1_is_prefilled_from_the_latest_submission_or_blank(ask):
    measures = ask("form1_round", unit="ADM", fy=2569, period="6")
    doc = Document(io.BytesIO(form1.build_docx(form1.gather(ask, "ADM", 2569, "6"))))
    [grid] = (cells(t) for t in doc.tables)
    assert grid[0][:3] == ["ที่", "มาตรการ/แนวทางแก้ไขและพัฒนา", "ผลการดำเนินงาน"]
    assert [r[0] for r in grid[1:]] == ["๑", "๒", "๓", "๔", "๕", "๖", "๗"]
    assert grid[1][1].startswith("สร้างการรับรู้ – รับทราบข้อมูลข่าวสาร/ผลงานของสำนักงานปลัดกระทรวง")
    expect = [
        ["" if v is None or v != v else v for v in (r.result, r.evidence)] for r in measures.itertuples()
    ]
    assert [r[2:] for r in grid[1:]] == expect
    assert sum(bool(r[2]) for r in grid[1:]) >= 5 and any(not r[2] for r in grid[1:])  # one left blank
    assert any(p.text.startswith("ชื่อ\tนามสกุล\tตำแหน่ง\t") for p in doc.paragraphs)
    blank = Document(io.BytesIO(form1.build_docx(form1.gather(ask, "ADM", 2569, "6", prefill=False))))
    assert all(r[2:] == ["", ""] for r in cells(blank.tables[0])[1:])


def test_round_report_tables_equal_the_queries(ask):
    data = round_data.gather(ask, 2569, "6", AS_OF, 30)
    doc = Document(io.BytesIO(round_report.build_docx(data)))
    compliance, awareness, per_unit, visitors = (cells(t) for t in doc.tables)
    status = ask("compliance_status", as_of=AS_OF, fy=2569, unit=None)
    for row, form in zip(compliance[1:], ("form1", "form2"), strict=True):
        mine = status[(status["form"] == form) & (status["period"] == "6")]
        states = ("on_time", "late", "missing", "not_due")
        assert row[1:] == [f"{(mine['status'] == s).sum():,}" for s in states] + [f"{len(mine):,}"]
    now = ask("awareness_by_channel", **ROUND6, units=None)
    # the same round a year earlier (October-March 2568), not the whole of FY 2568
    before = ask("awareness_by_channel", start="2024-10-01", end="2025-03-31", units=None, visitor_type=None)
    assert [r[1:6] for r in awareness[1:]] == [
        [f"{r.aware:,}", f"{r.unaware:,}", f"{r.total:,}", f"{r.rate:.1%}", f"{p:.1%}"]
        for r, p in zip(now.itertuples(), before["rate"], strict=True)
    ]
    by_unit = ask("awareness_by_unit", **ROUND6, units=None, min_n=30)
    adm = by_unit[by_unit["unit_code"] == "ADM"].set_index("channel")
    row = next(r for r in per_unit if r[0] == "กองกลาง")
    assert row[1:] == [f"{adm['responses'].iloc[0]:,}"] + [
        f"{adm.loc[c, 'rate']:.1%}" for c in ("news", "contact", "complaint")
    ]
    assert len(per_unit) - 1 == (by_unit.drop_duplicates("unit_code")["responses"] > 0).sum()
    mix = ask("visitor_mix", **ROUND6, units=None)
    assert [r[1] for r in visitors[1:6]] == [f"{v:,}" for v in mix["responses"]]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "๖. การเปลี่ยนแปลงที่สำคัญเทียบกับรอบเดียวกันของปีก่อน (รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘)" in text
    assert "กับรอบเดียวกันของปีก่อน คือรอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘ (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)" in text
    assert "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต" in text


def test_notable_changes_only_name_units_with_enough_answers_both_rounds(ask):
    data = round_data.gather(ask, 2569, "6", AS_OF, 30)
    moves = data.unit_moves()
    assert not moves.empty and (moves["change"].abs() >= round_data.UNIT_CHANGE).all()
    assert not moves["few"].any() and not moves["few_prev"].any()
    assert round_data.previous_round(2569, "6") == (2568, "6")  # like with like: half year with half year
    assert round_data.previous_round(2569, "12") == (2568, "12")


def test_cli_one_form_and_every_unit_in_a_zip(ask, demo_db, tmp_path, capsys):
    db = ["--db", str(demo_db)]
    assert (
        main(["form2", "--unit", "ADM", "--fy", "2569", "--round", "6", "-o", str(tmp_path / "f.docx"), *db])
        == 0
    )
    mix = ask("visitor_mix", **ROUND6, units=["ADM"])
    assert [r[2] for r in cells(Document(str(tmp_path / "f.docx")).tables[0])[1:]] == [
        f"{v:,}" for v in mix["responses"]
    ]
    out = tmp_path / "all.zip"
    assert (
        main(
            ["form1", "--all-units", "--fy", "2569", "--round", "6", "--format", "docx", "-o", str(out), *db]
        )
        == 0
    )
    names = zipfile.ZipFile(out).namelist()
    assert len(names) == 89 and "form1-2569-r6-P82.docx" in names
    assert (
        main(["form2", "--all-units", "--fy", "2569", "--round", "6", "-o", str(tmp_path / "x.docx"), *db])
        == 2
    )
    assert "several files: use -o NAME.zip" in capsys.readouterr().err
    assert (
        main(["form2", "--unit", "NOPE", "--fy", "2569", "--round", "6", "-o", str(tmp_path / "n.docx"), *db])
        == 2
    )
    assert "no unit with code NOPE" in capsys.readouterr().err and not (tmp_path / "n.docx").exists()


def test_batch_keeps_units_without_responses_apart(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    batch = bundle.build(lambda n, **p: queries.run(con, n, **p), "form2", 2569, "6", units=["ADM", "LEG"])
    con.close()
    assert list(batch.files) == ["form2-2569-r6-ADM.docx", "form2-2569-r6-LEG.docx"]
    assert batch.no_responses == ["LEG"]
    name, data = batch.package(bundle.zip_name("form2", 2569, "6", ["ADM", "LEG"]))
    assert name == "form2-2569-r6.zip" and len(zipfile.ZipFile(io.BytesIO(data)).namelist()) == 2
