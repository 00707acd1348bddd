"""Personal data in free text and in every kind's quarantine: masked at extraction, the rest kept."""

from __future__ import annotations

import json

import duckdb
import pytest

from etl import load, mapping, pii
from tests.support.oracle import etl_cli

M = pii.MASK


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ติดต่อคุณเอ 081-234-5678 ครับ", f"ติดต่อคุณเอ {M} ครับ"),
        ("โทร 0812345678", f"โทร {M}"),
        ("โทร ๐๘๑๒๓๔๕๖๗๘ ค่ะ", f"โทร {M} ค่ะ"),  # Thai digits
        ("هاتف ٠٨١٢٣٤٥٦٧٨", f"هاتف {M}"),  # Arabic-Indic digits
        ("+66 81 234 5678 office", f"{M} office"),
        ("สำนักงาน 02-141-6747", f"สำนักงาน {M}"),
        ("เลขบัตร 1-1037-00012-34-5 แนบ", f"เลขบัตร {M} แนบ"),
        ("เลขบัตร 1103700012345", f"เลขบัตร {M}"),
        ("เลขบัตร ๑-๑๐๓๗-๐๐๐๑๒-๓๔-๕", f"เลขบัตร {M}"),
        ("ID ١١٠٣٧٠٠٠١٢٣٤٥", f"ID {M}"),
        ("mail me: Somsak.T+ita@example.co.th please", f"mail me: {M} please"),
        ("ผู้ประกอบการ SME, ประชุม 2 ครั้ง ปี 2568", "ผู้ประกอบการ SME, ประชุม 2 ครั้ง ปี 2568"),
        (
            "https://www.facebook.com/mdes/posts/1234567890123456",
            "https://www.facebook.com/mdes/posts/1234567890123456",
        ),
        ("งบ 1,500,000 บาท", "งบ 1,500,000 บาท"),
        ("", ""),
        (None, None),
    ],
)
def test_free_text_masks_phones_emails_and_national_ids_and_keeps_the_rest(typed, stored):
    assert pii.mask_text(typed) == stored


def test_a_personal_header_is_recognised():
    assert pii.personal_header("ชื่อผู้ส่ง")
    assert pii.personal_header("เบอร์โทรศัพท์")
    assert pii.personal_header("E-mail")
    assert pii.personal_header("ตำแหน่ง")
    assert not pii.personal_header("หน่วยงาน")
    assert not pii.personal_header("ลิงก์")
    assert pii.personal_header("ผู้ส่งรายงาน") and pii.personal_header("Submitted by")
    assert not pii.personal_header("ประเภทผู้มาติดต่อ")


SENDER = ("สมหญิง ใจดี", "0891112222", "somying@example.go.th", "นักประชาสัมพันธ์")


def _quarantine_raw(db) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [json.loads(r[0]) for r in con.execute("SELECT raw FROM quarantine ORDER BY kind").fetchall()]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("kind", "header", "row"),
    [
        (
            "submissions",
            "หน่วยงาน,แบบรายงาน,ปีงบประมาณ,รอบ,วันที่ส่ง,ลิงก์",
            "หน่วยไม่มีจริง,form1,2569,6,2026-04-20 09:00:00,",
        ),
        ("ita", "ปีงบประมาณ,ตัวชี้วัด,คะแนน", "2565,7,180"),
        ("reach", "month,platform,metric,value", "2025-10,Facebook,reach,-5"),
    ],
)
def test_every_kinds_quarantine_masks_personal_columns(kind, header, row, db_path, tmp_path):
    name, phone, email, position = SENDER
    path = tmp_path / f"{kind}.csv"
    path.write_text(
        f"{header},ผู้ส่ง,เบอร์โทร,อีเมล,ตำแหน่ง,หมายเหตุ\n{row},{name},{phone},{email},{position},"
        f"ส่งแทนคุณเอ โทร 0891112222\n",
        encoding="utf-8",
    )
    load.import_files(kind, [str(path)], db_path)
    raws = _quarantine_raw(db_path)
    assert len(raws) == 1
    text = json.dumps(raws, ensure_ascii=False)
    for value in SENDER:
        assert value not in text, f"{value!r} is stored in the {kind} quarantine"
    assert raws[0]["หมายเหตุ"] == M  # a column no importer reads is masked whole
    assert M in text


def test_submission_links_and_notes_are_masked_when_stored(db_path, tmp_path):
    path = tmp_path / "subs.csv"
    path.write_text(
        "หน่วยงาน,แบบรายงาน,ปีงบประมาณ,รอบ,วันที่ส่ง,ลิงก์,มาตรการที่ 1\n"
        "กก.,form1,2569,6,2026-04-20 09:00:00,https://drive.example/x?owner=a@b.co,"
        "ประชุมแล้ว ผู้ประสานงาน 081-555-1234 เลขบัตร 1-1037-00012-34-5\n",
        encoding="utf-8",
    )
    load.import_files("submissions", [str(path)], db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    link = con.execute("SELECT link FROM submissions").fetchone()[0]
    result = con.execute("SELECT result FROM submission_measures").fetchone()[0]
    con.close()
    assert link == f"https://drive.example/x?owner={M}"
    assert result == f"ประชุมแล้ว ผู้ประสานงาน {M} เลขบัตร {M}"


HEADER = "ประทับเวลา,E-mail,หน่วยงานที่ติดต่อ,ประเภทผู้มาติดต่อ,หน่วยงานของท่าน,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต"


def test_other_visitor_text_and_agency_are_masked_and_capped(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_LIMIT_MAX_TEXT_CHARS", "60")
    long = "ก" * 10_000
    path = tmp_path / "r.csv"
    path.write_text(
        f"{HEADER}\n"
        f"1/10/2568 9:00:00,a@example.org,กองกลาง,อื่นๆ: ผู้รับเหมา โทร ๐๘๑-๒๓๔-๕๖๗๘,บริษัท ก โทร 0812345678,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ\n"
        f"1/10/2568 9:01:00,b@example.org,กองกลาง,อื่นๆ: {long},สำนักงาน,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ\n",
        encoding="utf-8",
    )
    results = load.import_files("responses", [str(path)], db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    rows = con.execute("SELECT other_text, respondent_agency FROM responses ORDER BY submitted_at").fetchall()
    con.close()
    assert rows[0] == (f"ผู้รับเหมา โทร {M}", f"บริษัท ก โทร {M}")
    assert len(rows[1][0]) == 60 and rows[1][0].endswith("…")
    assert "free text cut to 60 characters in 1 rows" in results[0].message
    assert "max_text_chars" in results[0].message


MAPPING = '[columns]\ntimestamp = "ประทับเวลา"\n{line}\n'


@pytest.mark.parametrize(
    "line",
    [
        'agency = "ชื่อ-นามสกุล"',
        'unit = "เบอร์โทรศัพท์"',
        'visitor = "E-mail"',
        'agency = "ตำแหน่ง"',
        'link = "อีเมลผู้ส่ง"',
    ],
)
def test_a_mapping_routing_a_personal_column_into_a_stored_field_is_refused(line, tmp_path):
    path = tmp_path / "m.toml"
    path.write_text(MAPPING.format(line=line), encoding="utf-8")
    with pytest.raises(load.InputProblem) as refused:
        mapping.load_mapping(path)
    assert "personal data" in refused.value.en and "ข้อมูลส่วนบุคคล" in refused.value.th


@pytest.mark.parametrize(
    "line", ['email = "E-mail"', 'first_name = "ชื่อ"', 'unit = "ชื่อหน่วยงาน"', 'agency = "หน่วยงานของท่าน"']
)
def test_a_mapping_naming_personal_columns_for_the_hash_is_accepted(line, tmp_path):
    path = tmp_path / "m.toml"
    path.write_text(MAPPING.format(line=line), encoding="utf-8")
    columns, _ = mapping.load_mapping(path)
    assert columns["timestamp"] == "ประทับเวลา"


@pytest.mark.parametrize("encoding", ["utf-16", "tis-620", "utf-8-sig"])
def test_a_mapping_file_in_utf16_or_tis620_reads_like_any_text_input(encoding, tmp_path):
    path = tmp_path / "m.toml"
    path.write_bytes(MAPPING.format(line='unit = "หน่วยงานที่ติดต่อ"').encode(encoding))
    columns, _ = mapping.load_mapping(path)
    assert columns == {"timestamp": "ประทับเวลา", "unit": "หน่วยงานที่ติดต่อ"}


def test_upgrade_masks_quarantine_rows_stored_before_every_kind_was_masked(db_path, tmp_path):

    from etl import publish

    raw = json.dumps({"หน่วยงาน": "x", "ผู้ส่ง": SENDER[0], "เบอร์โทร": SENDER[1], "หมายเหตุ": f"โทร {SENDER[1]}"})
    for n in range(3):  # an older version's quarantine, in the served file and two backups
        with publish.staged(db_path) as con:
            con.execute(
                "INSERT INTO quarantine (batch_id, kind, source, row_number, column_name, reason_th, reason_en, "
                "raw, row_hash, quarantined_at) VALUES (?, 'submissions', 's', 2, 'unit', 'x', 'x', ?, ?, now())",
                [n, raw, f"h{n}"],
            )
    done = etl_cli("upgrade", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    for path in [db_path, *publish.list_backups(db_path)]:
        con = duckdb.connect(str(path), read_only=True)
        stored = [json.loads(r[0]) for r in con.execute("SELECT raw FROM quarantine").fetchall()]
        con.close()
        assert stored, path
        for row in stored:
            assert row["ผู้ส่ง"] == M and row["เบอร์โทร"] == M and row["หมายเหตุ"] == f"โทร {M}", (path, row)
        assert SENDER[1].encode() not in path.read_bytes(), path
