"""The bad-input table, through the real command line: each input either loads with every row
accounted for, or is refused with a message saying what to fix, and the served data is untouched.

Size policy (decided here): the CLI has no size cap. It is run by the data admin on files they chose,
a real year of responses is tens of MB, and a file that is not a sheet is refused on its content
(encoding, columns) within seconds, whatever its name. The app's upload limit is Streamlit's
``server.maxUploadSize`` (20 MB, .streamlit/config.toml) for when an upload widget exists.
"""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

import pytest

from etl import load
from etl.__main__ import main as etl_main
from tests.support import reliability as rel


@pytest.fixture
def served(db_path, tmp_path) -> Path:
    load.import_files("responses", [str(rel.write_survey(tmp_path / "good.csv", 60, batch=1))], db_path)
    return db_path


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + os.urandom(4000))
    return path


def _exe(path: Path) -> Path:
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + os.urandom(4000))
    return path


def cli(capsys, *args: str) -> tuple[int, str]:
    """The command line's own entry point, in this process (a subprocess would add a second each)."""
    code = etl_main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def _refused(run: tuple[int, str], served: Path, before: tuple, *words: str) -> None:
    code, text = run
    assert code == 2, text
    assert "Traceback" not in text and "ข้อผิดพลาด" in text
    for word in words:
        assert word in text, text
    assert rel.fingerprint(served) == before


REFUSED = {
    # name: (make the file, words the message must contain)
    "pdf renamed .csv": (lambda p: _pdf(p), ["not UTF-8"]),
    "exe renamed .csv": (lambda p: _exe(p), ["not UTF-8"]),
    "binary junk": (lambda p: (p.write_bytes(bytes(range(256)) * 40), p)[1], ["not UTF-8"]),
    "empty file": (lambda p: (p.write_bytes(b""), p)[1], ["empty"]),
    "blank lines only": (lambda p: (p.write_text("\n,,,\n \n"), p)[1], ["empty"]),
    "answers missing (header drift)": (
        lambda p: _write(
            p, rel.HEADER[:8] + ["คำถามใหม่ 1", "คำถามใหม่ 2"], [rel.survey_row(i)[:10] for i in range(5)]
        ),
        ["cannot tell which awareness item", "mapping"],
    ),
    "no timestamp column": (
        lambda p: _write(p, rel.HEADER[1:], [rel.survey_row(i)[1:] for i in range(5)]),
        ["timestamp"],
    ),
    "wrong extension": (
        lambda p: (p.with_suffix(".pdf").write_bytes(b"x"), p.with_suffix(".pdf"))[1],
        [".pdf"],
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_inputs_say_what_to_fix(case, served, tmp_path, capsys):
    make, words = REFUSED[case]
    path = make(tmp_path / "input.csv")
    before = rel.fingerprint(served)
    rel.bad_input()
    _refused(cli(capsys, "import", "responses", str(path), "--db", str(served)), served, before, *words)
    assert rel.leftovers(served) == []


def _accounted(run_summary: dict, expected_rows: int) -> dict:
    batch = run_summary["batches"][0]
    read = batch["rows_read"]
    lost = read - batch["rows_new"] - batch["rows_duplicate"] - batch["rows_quarantined"]
    rel.rows(read, lost + (expected_rows - read))
    assert read == expected_rows and lost == 0, batch
    return batch


def test_only_headers_loads_nothing_and_says_so(served, tmp_path):
    path = _write(tmp_path / "headers.csv", rel.HEADER, [])
    rel.bad_input()
    before = rel.fingerprint(served)
    summary = load.summary(load.import_files("responses", [str(path)], served))
    assert _accounted(summary, 0)["rows_new"] == 0
    assert rel.fingerprint(served)[0] == before[0]


def test_header_drift_reordered_renamed_and_extra_columns_still_load(served, tmp_path):
    """Columns moved, titles reworded, a new question added: recognised by their answers."""
    order = [6, 0, 8, 10, 9, 7, 1, 2, 3, 4, 5]
    header = [rel.HEADER[i] for i in order]
    header[header.index(rel.HEADER[0])] = "Timestamp"
    header[header.index(rel.HEADER[8])] = "ท่านรับรู้ข่าวสารและผลงานของสำนักงานหรือไม่"
    rows = [[rel.survey_row(i, batch=5)[j] for j in order] + ["คำตอบใหม่"] for i in range(30)]
    path = _write(tmp_path / "drift.csv", [*header, "คำถามที่เพิ่มปีนี้"], rows)
    rel.bad_input()
    summary = load.summary(load.import_files("responses", [str(path)], served))
    assert _accounted(summary, 30)["rows_new"] == 30


def test_long_answers_odd_rows_and_a_serial_before_1990(served, tmp_path):
    long_text = ("คำตอบยาวมาก " * 5000)[:50_000]
    rows = [rel.survey_row(i, batch=6) for i in range(10)]
    rows[0][7] = "อื่นๆ: " + long_text  # a 50,000-character "other" answer
    rows[1][5] = long_text  # and agency
    rows[2][6] = "ก" * 200_000  # a unit name over the csv module's default cell limit
    rows[3][0] = "10000"  # a spreadsheet serial for 1927: this row to quarantine, not the file refused
    rows[4][8] = "ไม่แน่ใจ"  # an answer that is neither: quarantine
    rows[5] = rows[5][:4]  # a short row (cells missing at the end)
    path = _write(tmp_path / "odd.csv", rel.HEADER, rows)
    rel.bad_input(6)
    before = rel.fingerprint(served)
    run = rel.etl("import", "responses", str(path), "--db", str(served), "--json")
    assert run.returncode == 0, run.stderr
    import json

    batch = _accounted(json.loads(run.stdout), 10)
    assert batch["rows_quarantined"] == 3  # serial 1927, odd answer, short row with no answers
    assert rel.fingerprint(served)[0] == before[0] + 7
    assert "free text cut to 500 characters in 3 rows" in batch["message"]  # issue 17: capped, and said
    text = rel.all_text(served)
    assert long_text[:499] + "…" in text and "ก" * 499 + "…" in text, "long answers are kept, capped"
    assert long_text not in text and "ก" * 501 not in text


def test_sql_looking_filter_values_are_just_values(demo_db):
    """Through the runner every page and the CLI use: bound as values, never spliced into SQL."""
    import duckdb

    import queries

    before = rel.fingerprint(demo_db)
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        for unit in ("' OR 1=1 --", "ADM'; DROP TABLE responses; --", 'ADM" OR "1"="1', "%", "*", "ADM\x00"):
            for visitor in (None, "' OR ''='"):
                rel.bad_input()
                frame = queries.run(con, "awareness_by_channel", start="2024-10-01", end="2026-09-30", units=[unit],
                                    visitor_type=visitor)  # fmt: skip
                assert len(frame) == 3 and frame["total"].sum() == 0, frame
    finally:
        con.close()
    assert rel.fingerprint(demo_db) == before


@pytest.mark.soak
def test_two_hundred_thousand_rows_in_one_sheet(served, tmp_path):
    path = rel.write_survey(tmp_path / "big.csv", 200_000, batch=11)
    before = rel.fingerprint(served)
    t0 = time.monotonic()
    run = rel.etl("import", "responses", str(path), "--db", str(served), "--json", timeout=900)
    seconds = time.monotonic() - t0
    assert run.returncode == 0, run.stderr
    import json

    _accounted(json.loads(run.stdout), 200_000)
    assert rel.fingerprint(served)[0] == before[0] + 200_000
    print(f"\n200,000 rows imported in {seconds:.1f} s")


@pytest.mark.soak
def test_a_thirty_megabyte_junk_file_is_refused_quickly(served, tmp_path, capsys):
    path = tmp_path / "big.csv"
    with open(path, "wb") as f:
        for _ in range(30):
            f.write(os.urandom(1 << 20))
    before = rel.fingerprint(served)
    t0 = time.monotonic()
    run = cli(capsys, "import", "responses", str(path), "--db", str(served))
    rel.bad_input()
    _refused(run, served, before, "not UTF-8")
    assert time.monotonic() - t0 < 60


@pytest.mark.soak
def test_a_thirty_megabyte_text_file_of_nonsense_is_refused(served, tmp_path, capsys):
    path = tmp_path / "big.csv"
    line = ",".join(["ข้อความ"] * 12) + "\n"
    path.write_text(line * (30_000_000 // len(line.encode())), encoding="utf-8")
    before = rel.fingerprint(served)
    rel.bad_input()
    _refused(
        cli(capsys, "import", "responses", str(path), "--db", str(served)), served, before, "could not find"
    )
