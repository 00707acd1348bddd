"""Inputs that cannot exhaust the machine: files are streamed within documented, configurable limits
(etl/limits.py), refused with a message naming the limit, never published as "empty", and refused
before the writer lock is taken."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl import limits, load, publish
from etl.problems import InputProblem
from etl.readers import read_table
from tests.support.oracle import etl_cli

pytest_plugins = ["tests.support.sheets_server"]
ROOT = Path(__file__).resolve().parent.parent
HEADER = "ประทับเวลา,หน่วยงานที่ติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต"
ROW = "1/11/2568 9:00:00,กองกลาง,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ"


def _nul_file(path: Path, mb: int) -> Path:
    with open(path, "wb") as f:
        block = b"\x00" * (1 << 20)
        for _ in range(mb):
            f.write(block)
    return path


def test_a_file_over_the_byte_limit_is_refused_from_its_size(tmp_path, monkeypatch, db_path):
    monkeypatch.setenv("ITA_LIMIT_MAX_FILE_MB", "10")
    big = _nul_file(tmp_path / "big.csv", 50)
    with pytest.raises(InputProblem) as refused:
        load.import_files("responses", [str(big)], db_path)
    assert "max_file_mb" in refused.value.en and "max_file_mb" in refused.value.th
    assert "50.0 MB" in refused.value.en
    assert not db_path.exists(), "nothing may be published for a refused file"


def test_a_nul_file_is_not_a_sheet_and_never_published_as_empty(tmp_path, db_path):
    nul = _nul_file(tmp_path / "nul.csv", 50)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputProblem) as refused:
        load.import_files("responses", [str(nul)], db_path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "not a sheet" in refused.value.en and "ไม่ใช่ไฟล์ตาราง" in refused.value.th
    assert not db_path.exists()
    assert grown_mb < 30, f"reading a 50 MB NUL file grew the process by {grown_mb:.0f} MB"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_nul_bytes_inside_a_text_file_are_refused(encoding, tmp_path, db_path):
    path = tmp_path / "r.csv"
    path.write_bytes(f"{HEADER}\n{ROW}\x00\x00\n".encode(encoding))
    with pytest.raises(InputProblem, match="not a sheet"):
        load.import_files("responses", [str(path)], db_path)


def _csv(tmp_path: Path, rows: list[str], name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("careful", [False, True])  # the fast DuckDB reader, and the Python one (TIS-620)
def test_rows_columns_and_cells_over_the_limits_are_refused(careful, tmp_path, monkeypatch):
    encode = "cp874" if careful else "utf-8"
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "100")
    monkeypatch.setenv("ITA_LIMIT_MAX_COLUMNS", "8")
    monkeypatch.setenv("ITA_LIMIT_MAX_CELL_CHARS", "1000")

    def write(text: str) -> Path:
        path = tmp_path / "t.csv"
        path.write_bytes(text.encode(encode))
        return path

    ok = write(HEADER + "\n" + "\n".join([ROW] * 100) + "\n")
    assert len(read_table(ok).rows) == 100
    with pytest.raises(InputProblem, match="max_rows"):
        read_table(write(HEADER + "\n" + "\n".join([ROW] * 101) + "\n"))
    with pytest.raises(InputProblem, match="max_columns"):
        read_table(write(HEADER + ",a,b,c,d\n" + ROW + ",1,2,3,4\n"))
    with pytest.raises(InputProblem, match="max_cell_chars"):
        read_table(write(HEADER + "\n" + ROW.replace("กองกลาง", "ก" * 1001) + "\n"))


def test_xlsx_rows_and_cells_are_capped_while_streaming(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "1000")
    monkeypatch.setenv("ITA_LIMIT_MAX_CELL_CHARS", "5000")
    book = Workbook()
    ws = book.active
    ws.append(HEADER.split(","))
    for _ in range(5000):
        ws.append(ROW.split(","))
    book.save(tmp_path / "many.xlsx")
    t0 = time.perf_counter()
    with pytest.raises(InputProblem, match="max_rows"):
        read_table(tmp_path / "many.xlsx")
    assert time.perf_counter() - t0 < 20
    book = Workbook()
    book.active.append(["a", "x" * 6000])
    book.save(tmp_path / "cell.xlsx")
    with pytest.raises(InputProblem, match="max_cell_chars"):
        read_table(tmp_path / "cell.xlsx")


def _huge_shared_string_xlsx(path: Path, mb: int) -> Path:
    """A valid, tiny XLSX whose one shared string unpacks to `mb` megabytes."""
    book = Workbook()
    book.active.append(["header"])
    book.active.append(["x"])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    huge = b"A" * (mb << 20)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>' + huge + b"</t></si></sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_huge_shared_string_xlsx_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_LIMIT_MAX_FILE_MB", "20")
    path = _huge_shared_string_xlsx(tmp_path / "bomb.xlsx", 64)
    assert path.stat().st_size < 1 << 20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputProblem, match="unpacks to 64 MB"):
        read_table(path)
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 30


def test_a_refused_file_is_refused_without_waiting_for_the_writer_lock(tmp_path, db_path):
    nul = _nul_file(tmp_path / "nul.csv", 1)
    with publish.writer_lock(db_path):  # another load is writing
        t0 = time.monotonic()
        done = etl_cli("import", "responses", str(nul), "--db", str(db_path))
        assert time.monotonic() - t0 < 30
    assert done.returncode == 2 and "not a sheet" in done.stderr


def test_limits_come_from_settings_and_the_environment(tmp_path, monkeypatch):
    settings = tmp_path / "settings.toml"
    settings.write_text("[limits]\nmax_rows = 123\nmax_text_chars = 80\n", encoding="utf-8")
    monkeypatch.setenv("ITA_SETTINGS", str(settings))
    assert (limits.current().max_rows, limits.current().max_text_chars) == (123, 80)
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "7")
    assert limits.current().max_rows == 7
    assert limits.current().max_columns == limits.DEFAULTS["max_columns"]
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "lots")
    with pytest.raises(InputProblem, match="ITA_LIMIT_MAX_ROWS"):
        limits.current()


@pytest.mark.soak
def test_peak_rss_of_the_importer_on_a_2_gb_nul_file(tmp_path):
    """Measured once by hand for issue 17 (README, Limits): the importer stays small on a 2 GB NUL file,
    with the byte limit at its default (refused from its size) and raised past it (streamed NUL scan)."""
    nul = _nul_file(tmp_path / "nul2g.csv", 2048)
    script = (
        "import resource, sys\n"
        "from etl.__main__ import main\n"
        "rc = main(['import', 'responses', sys.argv[1], '--db', sys.argv[2]])\n"
        "print('RSS_MB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, 'rc', rc)\n"
    )
    for limit in ("200", "4096"):
        env = {**__import__("os").environ, "ITA_LIMIT_MAX_FILE_MB": limit}
        t0 = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", script, str(nul), str(tmp_path / "x.duckdb")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
        )
        rss = int(done.stdout.split("RSS_MB")[1].split()[0])
        print(f"2 GB NUL file, max_file_mb={limit}: peak RSS {rss} MB, {time.monotonic() - t0:.1f} s")
        assert "rc 2" in done.stdout and rss < 300, done.stdout + done.stderr


def test_a_sheet_over_the_row_limit_fails_its_refresh_and_changes_nothing(
    sheets_server, tmp_path, monkeypatch, db_path
):
    from etl import refresh
    from tests.support import reliability as rel

    rel.sheet_world(sheets_server, tmp_path, monkeypatch, "1LimitsTestSurveyabcdefghijklmnopqrstuvwxyz1")
    values = [rel.HEADER] + [rel.survey_row(i, 1) for i in range(60)]
    sheets_server.add_spreadsheet(
        "1LimitsTestSurveyabcdefghijklmnopqrstuvwxyz1", [("Form Responses 1", values)]
    )
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "50")
    outcomes = refresh.refresh(db_path)
    assert outcomes[0].status == "failed" and "max_rows" in outcomes[0].message
    assert not db_path.exists() or rel.fingerprint(db_path)[0] == 0


def test_an_xlsx_without_a_recorded_dimension_is_counted_while_streaming(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_LIMIT_MAX_ROWS", "1000")
    book = Workbook(write_only=True)  # writes no <dimension>: only counting can stop it
    ws = book.create_sheet()
    ws.append(HEADER.split(","))
    for _ in range(1500):
        ws.append(ROW.split(","))
    book.save(tmp_path / "unsized.xlsx")
    with pytest.raises(InputProblem, match="max_rows"):
        read_table(tmp_path / "unsized.xlsx")
