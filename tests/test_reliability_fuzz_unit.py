"""Parsers and normalisers under fuzz (hypothesis): random Thai, English and digit strings, odd
encodings and huge cells never crash them (an InputProblem is the only way to say no), and through
a whole import every row ends in its table or in quarantine: rows_read == new + duplicate + quarantined.

The runs are derandomised (the same examples on every machine); ``make soak`` runs many more.
"""

from __future__ import annotations

import json
import string
from datetime import date, datetime

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dashboard import urlstate
from etl import forms, load, publish, readers, reference, responses, tabular, text, timestamps
from etl.problems import InputProblem
from etl.readers import Table
from tests.support import reliability as rel

FAST = settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
SOAK = settings(max_examples=4000, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))

THAI = "".join(chr(c) for c in range(0x0E01, 0x0E5C))
ALPHABET = THAI + string.ascii_letters + string.digits + " ,./:-()[]+'\"\t\n\u200b\u00a0／–๐๑๒๓๔๕๖๗๘๙<>&*#!_"
thaiish = st.text(alphabet=ALPHABET, max_size=60)
anything = st.one_of(thaiish, st.text(max_size=40))  # all of Unicode but lone surrogates
HUGE = "ก" * 200_000


@st.composite
def timestamp_like(draw) -> str:
    """Shapes close to real timestamps, so the parser's deep paths are hit, not just its refusals."""
    digits = st.integers(0, 99)
    y = draw(
        st.sampled_from(
            [draw(st.integers(0, 9999)), draw(st.integers(1990, 2200)), draw(st.integers(2500, 2750))]
        )
    )
    a, b = draw(digits), draw(digits)
    sep = draw(st.sampled_from("/-."))
    head = f"{a}{sep}{b}{sep}{y}" if draw(st.booleans()) else f"{y}{sep}{a}{sep}{b}"
    clock = f" {draw(digits)}:{draw(digits):02d}:{draw(digits):02d}" if draw(st.booleans()) else ""
    ampm = draw(st.sampled_from(["", " AM", " PM", " ก่อนเที่ยง", " หลังเที่ยง"]))
    zone = draw(st.sampled_from(["", " GMT", " GMT+7", " UTC-12", "Z", " +99:99", " GMT+0530"]))
    serial = f"{draw(st.integers(0, 99999))}.{draw(st.integers(0, 999))}"
    out = draw(
        st.sampled_from(
            [head + clock + ampm + zone, serial, head.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))]
        )
    )
    return out


def only_input_problems(fn, *args):
    rel.bad_input()
    try:
        return fn(*args)
    except InputProblem as problem:
        assert problem.th and problem.en
        return problem


def _props(s):  # noqa: C901 - the list of properties, one branch each
    """Every property, wrapped with the given settings (FAST for make test, SOAK for make soak)."""

    @s
    @given(anything)
    @example(HUGE)
    @example("\x00\ufeff\u200b")
    def text_cleaning(raw):
        rel.bad_input()
        cleaned = text.clean(raw)
        assert text.clean(cleaned) == cleaned
        assert text.key(raw) == text.key(cleaned)
        assert not set("๐๑๒๓๔๕๖๗๘๙") & set(cleaned)

    @s
    @given(st.one_of(timestamp_like(), anything), st.sampled_from(["dmy", "mdy"]))
    @example("10000", "dmy")  # a spreadsheet serial for 1927
    @example("29/2/2568, 25:61:61", "dmy")
    @example(HUGE, "dmy")
    def timestamp_parsing(raw, order):
        value = only_input_problems(timestamps.parse_timestamp, raw, order)
        if isinstance(value, datetime):
            assert 1990 <= value.year <= 2200 + 1, value  # +1: a time zone may cross new year
        timestamps.looks_like_timestamp(raw)
        assert timestamps.detect_order([raw, raw]) in ("dmy", "mdy")

    @s
    @given(
        st.one_of(
            timestamp_like(),
            anything,
            st.builds(
                lambda m, y: f"{m} {y}", st.sampled_from(list(timestamps.THAI_MONTHS)), st.integers(0, 9999)
            ),
        )
    )
    def month_parsing(raw):
        value = only_input_problems(timestamps.parse_month, raw)
        if isinstance(value, date):
            assert 1990 <= value.year <= 2200 and value.day == 1

    @s
    @given(st.one_of(anything, st.sampled_from(sorted(forms.AWARE | forms.UNAWARE))))
    def answers(raw):
        value = only_input_problems(forms.answer_value, raw)
        assert isinstance(value, InputProblem) or value in (True, False, None)

    @s
    @given(
        st.lists(
            st.one_of(anything, st.sampled_from(["ประชุม/สัมมนา", "อื่นๆ: ", "คู่สัญญา", "feedback"])), max_size=5
        )
    )
    def visitor_types(parts):
        rel.bad_input()
        ticked, other = forms.split_visitor_types(", ".join(parts))
        assert ticked <= set(forms.VISITOR_TYPES)
        assert bool(other) <= ("other" in ticked)

    @s
    @given(
        anything,
        st.sampled_from(["platform", "metric", "form", "number", "fiscal_year", "period", "timestamp"]),
    )
    @example("1e999", "number")
    @example("nan", "fiscal_year")
    @example(HUGE, "period")
    def long_table_cells(raw, name):
        only_input_problems(getattr(tabular, name), raw)

    @s
    @given(st.lists(anything, max_size=8), st.sampled_from(list(tabular.SPECS)))
    def long_table_headers(headers, kind):
        only_input_problems(tabular.locate, kind, headers)

    @s
    @given(
        st.one_of(
            st.binary(max_size=300),
            st.tuples(anything, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp874"])),
        )
    )
    @example(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\xff\xd8")
    @example(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8")
    @example(b'"unclosed,' + b"x" * 300)
    @example(b"\xfe\xff\x00\x00\x00")  # a UTF-16 byte-order mark, then an odd byte (found by make soak)
    @example(("a,b\n" + '"' + HUGE + '",1\n', "utf-8"))  # one cell over the csv module's 128 KiB default
    def decoding(raw):
        if isinstance(raw, tuple):
            content, encoding = raw
            try:
                raw = content.encode(encoding)
            except UnicodeEncodeError:
                return
            decoded = only_input_problems(readers.decode, raw)
            if encoding != "cp874":
                assert decoded == content
        else:
            decoded = only_input_problems(readers.decode, raw)
        if isinstance(decoded, str):
            table = only_input_problems(readers.read_csv_text, decoded, "fuzz.csv")
            if isinstance(table, Table):
                assert all(len(r) == len(table.headers) for r in table.rows)

    @s
    @given(
        st.dictionaries(
            st.sampled_from(["fy", "round", "start", "end", "unit", "visitor", "lang", "x"]), anything
        )
    )
    @example({"start": "2026-09-30", "end": "2025-10-01"})
    @example({"start": "9999-12-31", "end": "0001-01-01", "fy": "99999999", "unit": "' OR 1=1 --"})
    @example({"unit": ",".join(["ADM"] * 10_000)})
    def url_state(query):
        rel.bad_input()
        state = urlstate.from_query(query, [2567, 2568, 2569], {"ADM", "ACC"})
        start, end = state.period()
        assert start <= end and state.fy in (2567, 2568, 2569)
        assert set(state.units) <= {"ADM", "ACC"} and state.visitor_type in (None, *urlstate.VISITOR_TYPES)

    @s
    @given(anything, anything, anything, anything)
    def respondent_keys_and_units(email, phone, name, unit):
        rel.bad_input()
        k = responses.respondent_key(b"k", email, phone, name)
        assert k is None or (len(k) == 32 and all(c in "0123456789abcdef" for c in k))
        assert MATCHER(unit) in (None, *CODES)

    @s
    @given(st.lists(anything, min_size=1, max_size=8), st.lists(st.lists(anything, max_size=8), max_size=6))
    def recognising_any_sheet(headers, rows):
        table = Table.from_values("fuzz", [headers, *rows])
        if table.headers:
            only_input_problems(forms.recognise, table.headers, table.rows, MATCHER)

    @s
    @given(
        st.lists(st.tuples(*[st.one_of(st.just(None), anything)] * len(rel.HEADER)), min_size=1, max_size=25)
    )
    @example([tuple([None] * 8 + [HUGE, None, None])])
    def whole_import_accounts_for_every_row(mutations):
        """Rows start valid; hypothesis replaces any cell with junk. Count where every row went."""
        values = [rel.HEADER]
        personal = []
        for i, mutation in enumerate(mutations):
            row = rel.survey_row(i, batch=99)
            row[1:5] = [f"ลับZQ{i}ชื่อ", f"ลับZQ{i}สกุล", f"09{i:08d}", f"zq{i}@secret.example"]
            personal += row[1:5]
            for j, junk in enumerate(mutation):
                if junk is not None and j not in (1, 2, 3, 4):
                    row[j] = junk
            values.append(row)
        table = Table.from_values("fuzz.csv", values)
        CON.execute("BEGIN TRANSACTION")
        try:
            rel.bad_input(len(table.rows))
            try:
                result = load.import_table(CON, "responses", table, "fuzz.csv")
            except InputProblem:
                return  # a file-level refusal: nothing loaded, the served file untouched (tested elsewhere)
            in_table = CON.execute("SELECT count(*) FROM responses").fetchone()[0]
            held = CON.execute("SELECT count(*), count(DISTINCT row_hash) FROM quarantine").fetchone()
            stored = json.dumps(
                CON.execute("SELECT * FROM responses").fetchall(), default=str, ensure_ascii=False
            )
            stored += json.dumps(CON.execute("SELECT raw FROM quarantine").fetchall(), ensure_ascii=False)
        finally:
            CON.execute("ROLLBACK")
        lost = result.rows_read - (result.rows_new + result.rows_duplicate + result.rows_quarantined)
        rel.rows(result.rows_read, abs(lost) + (len(table.rows) - result.rows_read))
        found = [p for p in personal if p in stored]  # exact values: junk may itself say "ZQ" (it did)
        rel.personal(len(found))
        assert result.rows_read == len(table.rows)
        assert lost == 0, result
        assert in_table == result.rows_new and held[0] == held[1] <= result.rows_quarantined
        assert found == []

    return [
        text_cleaning,
        timestamp_parsing,
        month_parsing,
        answers,
        visitor_types,
        long_table_cells,
        long_table_headers,
        decoding,
        url_state,
        respondent_keys_and_units,
        recognising_any_sheet,
        whole_import_accounts_for_every_row,
    ]


CON = duckdb.connect()
publish.ensure_schema(CON)
reference.seed_units(CON)
MATCHER = reference.unit_matcher(CON)
CODES = {r[0] for r in CON.execute("SELECT code FROM units").fetchall()}

FAST_PROPS = {p.__name__: p for p in _props(FAST)}
SOAK_PROPS = {p.__name__: p for p in _props(SOAK)}


@pytest.mark.parametrize("name", sorted(FAST_PROPS))
def test_parsers_under_fuzz(name):
    FAST_PROPS[name]()


@pytest.mark.soak
@pytest.mark.parametrize("name", sorted(SOAK_PROPS))
def test_parsers_under_long_fuzz(name):
    SOAK_PROPS[name]()
