"""The column-wise normalisation (etl/columnar.py) gives exactly what the row-by-row reference gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench import forms_csv
from etl import columnar, publish
from etl.forms import recognise
from etl.mapping import load_mapping
from etl.readers import Table, _read_csv_fast, decode, read_csv_text, read_table
from etl.reference import seed_units, unit_matcher
from etl.units import UnitMatcher, units_from_table
from runtime import config
from tests.support.normalise_oracle import normalise_rows

FIXTURES = Path(__file__).parent / "fixtures"
SECRET = b"test-secret"


@pytest.fixture(scope="module")
def matcher() -> UnitMatcher:
    return UnitMatcher(units_from_table(read_table(config.UNITS_CSV)))


def _both(table: Table, matcher, order="auto", mapping=None):
    layout = recognise(table.headers, table.rows, matcher, mapping)
    layout.date_order = order
    fast = columnar.normalise(table, layout, matcher, SECRET)
    slow = normalise_rows(table, layout, matcher, SECRET)
    return fast, slow


def _assert_same(fast, slow):
    assert fast.rows_read == slow.rows_read
    assert fast.good == slow.good

    def rows(n):  # the same rows; their order in the batch does not matter to the load
        return sorted(n.arrow().to_pylist(), key=lambda r: (r["response_id"], r["submitted_at"], repr(r)))

    assert rows(fast) == rows(slow)
    assert [vars(q) for q in fast.quarantined] == [vars(q) for q in slow.quarantined]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in FIXTURES.glob("responses_*.csv") if "satisfaction" not in p.name)
)
def test_every_fixture_normalises_the_same_both_ways(name, matcher):
    mapping = load_mapping(FIXTURES / "mapping_unlabelled.toml")[0] if "unlabelled" in name else None
    _assert_same(*_both(read_table(FIXTURES / name), matcher, mapping=mapping))


TIMESTAMPS = [
    "2025/10/01 9:05:12 AM GMT+7",
    "2025/10/01 12:05:12 AM GMT+7",
    "2025/10/01 12:05:12 PM GMT+7",
    "2025/10/01 11:59:59 PM GMT",
    "2025-10-01T09:05:12Z",
    "2025-10-01 09:05:12+0530",
    "2025-10-01 09:05:12 UTC-03:30",
    "2025-10-01 09:05",
    "2025-10-01",
    "1/10/2568, 9:05:12",
    "1/10/2568 9.05.12",
    "13/10/2568 9:05:12",
    "10/13/2025 9:05:12 p.m.",
    "  1/10/2568   9:05:12 ",
    "๑/๑๐/๒๕๖๘ ๙:๐๕:๑๒",
    "45931.5",
    "31/2/2568 10:00:00",
    "2025/02/29 10:00:00",
    "2024/02/29 10:00:00",
    "2025/10/01 24:00:00",
    "2025/10/01 23:60:00",
    "2025/13/01 10:00:00",
    "1/10/1899 10:00:00",
    "1/10/2201 10:00:00",
    "yesterday",
    "",
    "2025/10/01 9:05:12 ก่อนเที่ยง",
    "2025/10/01 9:05:12 หลังเที่ยง",
    "2025/10/01\u00a09:05:12",
    "2025/10/01 09:05:12.123",
    "2025/10/01 9:05:12 AM GMT+07:00",
    "2025/10/01 9:05:12 AM GMT-1",
    "2025/10/01 9:05:12 am gmt+7",
    "2025/10/01t09:05:12",
    "2025/10/01 9:05:12 A.M",
    "2025/10/01 9:05:12 p.m. GMT+7",
]
ANSWERS = ["รู้/ทราบ", "ไม่รู้/ไม่ทราบ", "", " ทราบ ", "YES", "no", "maybe", "๑"]
UNITS = ["กองกลาง", "กก.", " ศปท ", "สดจ.เชียงใหม่", "unknown unit", "", "ADM"]
VISITORS = forms_csv.TYPES + ["", "อื่นๆ: สื่อมวลชน", "ประชุม, อื่น ๆ (นักศึกษา, ฝึกงาน)"]


@pytest.mark.parametrize("order", ["auto", "dmy", "mdy"])
def test_odd_cells_normalise_the_same_both_ways(order, matcher):
    rng = random.Random(11)
    rows = []
    for i in range(600):
        rows.append(
            [
                rng.choice(TIMESTAMPS),
                rng.choice([f"P{i % 50}@Example.com ", "", "ＡＢ@x.co", " a  b@c.d"]),
                rng.choice(["สมชาย", "", "Ann"]),
                rng.choice(["ใจดี", ""]),
                "เจ้าหน้าที่",
                rng.choice(["บริษัท ก จำกัด", "", "  สำนักงาน  ก.พ. "]),
                rng.choice(["081-234-5678", "", "๐๘๑๒๓๔๕๖๗๘", "n/a"]),
                rng.choice(UNITS),
                rng.choice(VISITORS),
                rng.choice(ANSWERS),
                rng.choice(ANSWERS),
                rng.choice(ANSWERS),
            ]
        )
    # Recognition needs a mostly clean sample; the odd rows follow it.
    clean = [list(r) for r in forms_csv.rows(300, seed=3)]
    table = Table("odd.csv", list(forms_csv.HEADER), clean + rows)
    fast, slow = _both(table, matcher, order)
    _assert_same(fast, slow)
    assert fast.quarantined and fast.good  # the mix really has both


def test_the_fast_csv_reader_reads_what_the_python_reader_reads(tmp_path):
    path = forms_csv.write(tmp_path / "f.csv", 3000)
    text = '\ufeffa,b,c\n1,"x""y",3\n\n,,\n , \u3000 ,\t\n4,"b, c",\n"multi\nline",  ,z\n'
    odd = tmp_path / "odd.csv"
    odd.write_bytes(text.encode())
    for p in (path, odd):
        fast = _read_csv_fast(p, "x")
        slow = read_csv_text(decode(p.read_bytes()), "x")
        assert fast is not None
        assert (fast.headers, list(fast.rows)) == (slow.headers, slow.rows)
        assert fast.rows_at([0, len(slow.rows) - 1]) == [slow.rows[0], slow.rows[-1]]
    # Ragged rows, a sep= line, UTF-16: the careful Python reader takes over.
    for k, raw in enumerate(
        [
            b"a,b\n1,2,3\n",
            b"sep=,\na,b\n1,2\n",
            "a,b\n1,2\n".encode("utf-16"),
            "a,b\nก,ข\n".encode("cp874"),
            b'a,b,c\n4,b"c,"q"r\n',
            b'a,b\n"multi\nline",z\r\n',
        ]
    ):
        (tmp_path / f"{k}.csv").write_bytes(raw)
        assert _read_csv_fast(tmp_path / f"{k}.csv", "x") is None
        assert read_table(tmp_path / f"{k}.csv").rows  # and the careful reader still reads it


def test_unit_matcher_from_the_database_is_the_one_recognition_uses(db_path):
    with publish.staged(db_path) as con:
        seed_units(con)
        assert unit_matcher(con)("กก.") == "ADM"
