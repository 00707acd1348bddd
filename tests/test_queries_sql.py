"""SQL contract tests: the dashboard's questions on a small seeded DuckDB, counted by hand.

The seed below is the whole truth these tests know; every expected number comes from it (the
comments show the rows each count is made of).
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from statistics import NormalDist

import duckdb
import pytest

import queries
from etl import publish
from tests.support.oracle import ask_ita, attached
from tests.support.seed import AWARE_COLUMNS, insert_responses, insert_units

ROOT = Path(__file__).resolve().parent.parent
T, F, N = True, False, None
VISITORS = ("contract", "information", "meeting", "feedback", "other")

# (id, submitted_at, unit_code, visitor types ticked, aware_news, aware_contact, aware_complaint)
SEED = [
    # block A: FY2569, October 2025 - January 2026; November has no responses at all
    ("a1", datetime(2025, 10, 1, 0, 0, 0), "ADM", {"information"}, T, T, F),
    ("a2", datetime(2025, 10, 15, 12, 0, 0), "ADM", {"contract", "meeting"}, T, F, N),
    ("a3", datetime(2025, 10, 31, 23, 59, 59), "ACC", {"meeting"}, F, N, N),
    ("a4", datetime(2025, 12, 1, 8, 0, 0), "ADM", {"feedback", "other"}, T, T, T),
    ("a5", datetime(2025, 12, 31, 23, 59, 59), "ACC", {"information", "meeting", "feedback"}, N, T, F),
    ("a6", datetime(2026, 1, 1, 0, 0, 0), "ADM", {"contract"}, T, T, T),
    ("a7", datetime(2025, 12, 10, 10, 0, 0), None, {"other"}, F, F, N),  # unit not in units.csv
    ("a8", datetime(2025, 12, 20, 9, 0, 0), "LEG", {"information"}, T, N, N),  # only news answered
    # block B: March 2025, ten visitors to PSD: news 5 of 10, contact 10 of 10, complaint 0 of 10
    *[
        (f"b{i}", datetime(2025, 3, 1 + i, 10, 0, 0), "PSD", {"information"}, i % 2 == 0, T, F)
        for i in range(10)
    ],
]

OCT_DEC = {"start": "2025-10-01", "end": "2025-12-31"}  # block A without a6


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("queries") / "seeded.duckdb"
    with publish.staged(path, fresh=True) as con:
        insert_units(
            con,
            [
                ("ADM", "กองกลาง", "central"),
                ("ACC", "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "central"),
                ("LEG", "กองกฎหมาย", "central"),
                ("PSD", "กลุ่มพัฒนาระบบบริหาร", "central"),
                ("P12", "สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดนนทบุรี", "provincial"),
            ],
        )
        insert_responses(
            con,
            [
                [
                    rid,
                    at,
                    at.date(),
                    at.year + 543 + (at.month >= 10),
                    unit,
                    unit or "กองคลังกลาง",
                    unit is not None,
                ]
                + [v in ticked for v in VISITORS]
                + [news, contact, complaint]
                for rid, at, unit, ticked, news, contact, complaint in SEED
            ],
            AWARE_COLUMNS,
        )
    return path


@pytest.fixture(scope="module")
def con(seeded):
    yield from attached(seeded)


def counts(frame) -> dict:
    return {r.channel: (r.aware, r.unaware) for r in frame.itertuples()}


def wilson(k: int, n: int) -> tuple[float, float]:
    """Wilson score interval in its (k + z²/2) / (n + z²) form, independent of the SQL's algebra."""
    z = NormalDist().inv_cdf(0.975)
    centre = (k + z * z / 2) / (n + z * z)
    half = z / (n + z * z) * math.sqrt(k * (n - k) / n + z * z / 4)
    return centre - half, centre + half


# ---------------------------------------------------------------------------------------------
# awareness_by_channel

BY_CHANNEL = [
    # Oct-Dec (a1 a2 a3 a4 a5 a7 a8): blanks (a2, a3, a5, a7, a8) count in neither
    ({}, {"news": (4, 2), "contact": (3, 2), "complaint": (1, 2)}),
    ({"units": ["ADM"]}, {"news": (3, 0), "contact": (2, 1), "complaint": (1, 1)}),  # a1 a2 a4
    ({"units": ["ACC"]}, {"news": (0, 1), "contact": (1, 0), "complaint": (0, 1)}),  # a3 a5
    ({"units": ["LEG"]}, {"news": (1, 0), "contact": (0, 0), "complaint": (0, 0)}),  # a8: only news
    ({"units": ["P12"]}, {"news": (0, 0), "contact": (0, 0), "complaint": (0, 0)}),  # nobody
    ({"visitor_type": "meeting"}, {"news": (1, 1), "contact": (1, 1), "complaint": (0, 1)}),  # a2 a3 a5
    ({"visitor_type": "other"}, {"news": (1, 1), "contact": (1, 1), "complaint": (1, 0)}),  # a4 a7
    ({"visitor_type": "contract"}, {"news": (1, 0), "contact": (0, 1), "complaint": (0, 0)}),  # a2
    ({"units": ["ACC"], "visitor_type": "meeting"}, {"news": (0, 1), "contact": (1, 0), "complaint": (0, 1)}),
    (
        {"units": ["ADM"], "visitor_type": "feedback"},
        {"news": (1, 0), "contact": (1, 0), "complaint": (1, 0)},
    ),
]


@pytest.mark.parametrize(("filters", "expected"), BY_CHANNEL)
def test_awareness_by_channel_counts(con, filters, expected):
    frame = ask_ita(con, "awareness_by_channel", **OCT_DEC, **filters)
    assert list(frame["channel"]) == ["news", "contact", "complaint"]
    assert counts(frame) == expected
    for row in frame.itertuples():
        assert row.total == row.aware + row.unaware
        if row.total:
            assert row.rate == pytest.approx(row.aware / row.total)
        else:  # nothing answered: no rate (a gap), never an error or a zero
            assert math.isnan(row.rate) and math.isnan(row.ci_low) and math.isnan(row.ci_high)


def test_counts_are_integers_even_when_nothing_matches(con):
    frame = ask_ita(con, "awareness_by_channel", **OCT_DEC, units=["P12"])
    assert [int(v) for v in frame["total"]] == [0, 0, 0]  # 0, not NULL/NA
    assert frame["aware"].isna().sum() == 0 and frame["unaware"].isna().sum() == 0


def test_empty_optional_parameters_mean_no_filter(con):
    assert (
        counts(ask_ita(con, "awareness_by_channel", **OCT_DEC, units=[], visitor_type=None))
        == BY_CHANNEL[0][1]
    )


@pytest.mark.parametrize(
    ("start", "end", "news"),
    [
        ("2025-10-31", "2025-10-31", (0, 1)),  # a3 at 23:59:59 on the end date counts
        ("2025-10-01", "2025-10-01", (1, 0)),  # a1 at 00:00:00 on the start date counts
        ("2025-11-01", "2025-11-30", (0, 0)),  # the empty month
        ("2025-12-01", "2025-12-31", (2, 1)),  # a4 a5(blank) a7 a8; a6 on 1 Jan does not count
        ("2025-12-01", "2026-01-01", (3, 1)),  # ... until the range takes in 1 Jan
        ("2025-03-01", "2025-03-31", (5, 5)),  # block B
    ],
)
def test_date_range_is_inclusive_of_whole_days(con, start, end, news):
    assert counts(ask_ita(con, "awareness_by_channel", start=start, end=end))["news"] == news


def test_dates_may_be_passed_as_dates(con):
    as_text = ask_ita(con, "awareness_by_channel", **OCT_DEC)
    as_dates = ask_ita(con, "awareness_by_channel", start=date(2025, 10, 1), end=date(2025, 12, 31))
    assert counts(as_text) == counts(as_dates)


@pytest.mark.parametrize(
    ("filters", "channel", "k", "n"),
    [
        ({"start": "2025-03-01", "end": "2025-03-31"}, "news", 5, 10),  # a normal case
        ({"start": "2025-03-01", "end": "2025-03-31"}, "contact", 10, 10),  # 100 %
        ({"start": "2025-03-01", "end": "2025-03-31"}, "complaint", 0, 10),  # 0 %
        ({**OCT_DEC, "units": "ACC"}, "news", 0, 1),  # n = 1, 0 %
        ({**OCT_DEC, "units": "ACC"}, "contact", 1, 1),  # n = 1, 100 %
        ({**OCT_DEC, "units": "ADM"}, "news", 3, 3),
        ({**OCT_DEC}, "contact", 3, 5),
    ],
)
def test_wilson_interval(con, filters, channel, k, n):
    frame = ask_ita(con, "awareness_by_channel", **filters)
    row = frame[frame["channel"] == channel].iloc[0]
    assert (row["aware"], row["total"]) == (k, n)
    low, high = wilson(k, n)
    assert row["ci_low"] == pytest.approx(low, abs=1e-6)
    assert row["ci_high"] == pytest.approx(high, abs=1e-6)
    assert (
        -1e-12 <= row["ci_low"] <= row["rate"] + 1e-12 and row["rate"] - 1e-12 <= row["ci_high"] <= 1 + 1e-12
    )
    if k == 0:
        assert row["ci_low"] == pytest.approx(0, abs=1e-12)
    if k == n:
        assert row["ci_high"] == pytest.approx(1, abs=1e-12)


def test_wilson_matches_the_published_value_for_5_of_10(con):
    frame = ask_ita(con, "awareness_by_channel", start="2025-03-01", end="2025-03-31")
    news = frame[frame["channel"] == "news"].iloc[0]
    assert (round(news["ci_low"], 4), round(news["ci_high"], 4)) == (0.2366, 0.7634)


# ---------------------------------------------------------------------------------------------
# awareness_monthly


def monthly(con, **params) -> dict:
    frame = ask_ita(con, "awareness_monthly", **params)
    return {(r.month.date(), r.channel): r for r in frame.itertuples()}


def test_monthly_has_every_month_and_leaves_gaps(con):
    rows = monthly(con, start="2025-10-01", end="2026-01-31")
    months = [date(2025, 10, 1), date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)]
    assert sorted({m for m, _ in rows}) == months
    assert len(rows) == 4 * 3
    expected = {
        date(2025, 10, 1): {"news": (2, 1), "contact": (1, 1), "complaint": (0, 1)},  # a1 a2 a3
        date(2025, 11, 1): {"news": (0, 0), "contact": (0, 0), "complaint": (0, 0)},  # none
        date(2025, 12, 1): {"news": (2, 1), "contact": (2, 1), "complaint": (1, 1)},  # a4 a5 a7 a8
        date(2026, 1, 1): {"news": (1, 0), "contact": (1, 0), "complaint": (1, 0)},  # a6
    }
    for month, channels in expected.items():
        for channel, (aware, unaware) in channels.items():
            row = rows[(month, channel)]
            assert (row.aware, row.unaware, row.total) == (aware, unaware, aware + unaware)
            if aware + unaware:
                assert row.rate == pytest.approx(aware / (aware + unaware))
                assert (row.ci_low, row.ci_high) == pytest.approx(wilson(aware, aware + unaware), abs=1e-6)
            else:
                assert math.isnan(row.rate), (month, channel)  # a gap, not a zero
                assert math.isnan(row.ci_low) and math.isnan(row.ci_high)


def test_monthly_boundaries_inside_months(con):
    rows = monthly(con, start="2025-10-15", end="2025-12-15")
    assert sorted({m for m, _ in rows}) == [date(2025, 10, 1), date(2025, 11, 1), date(2025, 12, 1)]
    # October from the 15th: a2 a3 (a1 on the 1st is outside); complaint unanswered by both
    assert (rows[(date(2025, 10, 1), "news")].aware, rows[(date(2025, 10, 1), "news")].unaware) == (1, 1)
    assert rows[(date(2025, 10, 1), "complaint")].total == 0
    assert math.isnan(rows[(date(2025, 10, 1), "complaint")].rate)
    # December to the 15th: a4 a7 (a8 on the 20th and a5 on the 31st are outside)
    assert (rows[(date(2025, 12, 1), "news")].aware, rows[(date(2025, 12, 1), "news")].unaware) == (1, 1)


def test_monthly_end_of_month_boundary(con):
    rows = monthly(con, start="2025-12-01", end="2025-12-31")
    assert sorted({m for m, _ in rows}) == [date(2025, 12, 1)]
    assert rows[(date(2025, 12, 1), "contact")].aware == 2  # a4 and a5 at 23:59:59 on the 31st
    rows = monthly(con, start="2025-12-01", end="2026-01-01")
    assert rows[(date(2026, 1, 1), "news")].aware == 1  # a6 at 00:00:00 on 1 Jan


def test_monthly_single_empty_day(con):
    rows = monthly(con, start="2025-11-30", end="2025-11-30")
    assert list(rows) == [(date(2025, 11, 1), c) for c in ("news", "contact", "complaint")]
    assert all(r.total == 0 and math.isnan(r.rate) for r in rows.values())


def test_monthly_filters(con):
    rows = monthly(con, start="2025-10-01", end="2025-12-31", units=["ADM"], visitor_type="meeting")
    # ADM and meeting: only a2 (October)
    assert (rows[(date(2025, 10, 1), "news")].aware, rows[(date(2025, 10, 1), "contact")].unaware) == (1, 1)
    assert sum(r.total for r in rows.values()) == 2  # news and contact answered, complaint blank


def test_monthly_totals_agree_with_by_channel(con):
    params = {"start": "2025-03-01", "end": "2026-01-31"}
    frame = ask_ita(con, "awareness_monthly", **params)
    by_month = frame.groupby("channel")[["aware", "unaware"]].sum()
    overall = ask_ita(con, "awareness_by_channel", **params).set_index("channel")
    for channel in ("news", "contact", "complaint"):
        assert tuple(by_month.loc[channel]) == tuple(overall.loc[channel, ["aware", "unaware"]])


# ---------------------------------------------------------------------------------------------
# visitor_mix

VISITOR_MIX = [
    # Oct-Dec: a1 a2 a3 a4 a5 a7 a8 (7 responses)
    ({}, 7, {"contract": 1, "information": 3, "meeting": 3, "feedback": 2, "other": 2}),
    ({"units": ["ADM"]}, 3, {"contract": 1, "information": 1, "meeting": 1, "feedback": 1, "other": 1}),
    ({"visitor_type": "meeting"}, 3, {"contract": 1, "information": 1, "meeting": 3, "feedback": 1, "other": 0}),
    ({"units": ["ACC"], "visitor_type": "feedback"}, 1, {"contract": 0, "information": 1, "meeting": 1, "feedback": 1, "other": 0}),
    ({"units": ["P12"]}, 0, {"contract": 0, "information": 0, "meeting": 0, "feedback": 0, "other": 0}),
]  # fmt: skip


@pytest.mark.parametrize(("filters", "n", "expected"), VISITOR_MIX)
def test_visitor_mix(con, filters, n, expected):
    frame = ask_ita(con, "visitor_mix", **OCT_DEC, **filters)
    assert list(frame["visitor_type"]) == list(VISITORS)
    assert dict(zip(frame["visitor_type"], (int(v) for v in frame["responses"]), strict=True)) == expected
    for row in frame.itertuples():
        if n:
            assert row.share == pytest.approx(expected[row.visitor_type] / n)
        else:
            assert math.isnan(row.share)


def test_visitor_shares_can_sum_above_one(con):
    frame = ask_ita(con, "visitor_mix", **OCT_DEC)
    assert frame["share"].sum() == pytest.approx(11 / 7)  # several types ticked on one response


# ---------------------------------------------------------------------------------------------
# data_extent and units


def test_data_extent(con):
    frame = ask_ita(con, "data_extent")
    row = frame.iloc[0]
    assert (row["first_date"].date(), row["last_date"].date()) == (date(2025, 3, 1), date(2026, 1, 1))
    assert row["responses"] == len(SEED)
    assert not row["is_demo"]


def test_units_lists_central_before_provincial(con):
    frame = ask_ita(con, "units")
    assert list(frame["kind"]) == ["central"] * 4 + ["provincial"]
    assert set(frame["code"]) == {"ADM", "ACC", "LEG", "PSD", "P12"}


# ---------------------------------------------------------------------------------------------
# the runner


def test_runner_rejects_unknown_parameters(con):
    with pytest.raises(queries.QueryError, match=r"unknown parameter.*'unit'"):
        ask_ita(con, "awareness_by_channel", **OCT_DEC, unit="ADM")


@pytest.mark.parametrize("missing", ["start", "end"])
def test_runner_requires_required_parameters(con, missing):
    params = {k: v for k, v in OCT_DEC.items() if k != missing}
    with pytest.raises(queries.QueryError, match=f"'{missing}' \\(date\\) is required"):
        ask_ita(con, "awareness_by_channel", **params)
    with pytest.raises(queries.QueryError, match="required"):
        ask_ita(con, "awareness_by_channel", **{**OCT_DEC, missing: ""})


@pytest.mark.parametrize(
    "bad", ["2025-13-01", "2025-02-30", "1/10/2568", "yesterday", "2025-10-01; DROP TABLE responses"]
)
def test_runner_rejects_malformed_dates(con, bad):
    with pytest.raises(queries.QueryError, match="must be a date"):
        ask_ita(con, "awareness_monthly", start=bad, end="2025-12-31")


@pytest.mark.parametrize("name", ["nope", "../etl/schema", "Units", "units.sql", ""])
def test_runner_rejects_unknown_questions(con, name):
    with pytest.raises(queries.QueryError, match="no query named"):
        ask_ita(con, name)


def test_runner_rejects_unknown_catalog(con):
    with pytest.raises(queries.QueryError, match="unknown catalog"):
        queries.run(con, "units", catalog="main; DROP TABLE x")


@pytest.mark.parametrize(
    "units", [["ADM", "ACC"], ("ACC", "ADM"), "ADM,ACC", " ADM , ACC, ", ["ADM", "", "ACC"]]
)
def test_a_list_parameter_takes_several_units(con, units):
    # ADM (a1 a2 a4) + ACC (a3 a5): news 3+0 aware, 0+1 unaware
    frame = ask_ita(con, "awareness_by_channel", **OCT_DEC, units=units)
    assert counts(frame) == {"news": (3, 1), "contact": (3, 1), "complaint": (1, 2)}


@pytest.mark.parametrize("units", [None, "", [], ",", [""]])
def test_an_empty_list_parameter_means_every_unit(con, units):
    assert counts(ask_ita(con, "awareness_by_channel", **OCT_DEC, units=units)) == BY_CHANNEL[0][1]


def test_a_list_never_matches_responses_with_an_unknown_unit(con):
    # a7 has no unit code: counted with no filter, never under any list of units
    everyone = ask_ita(con, "visitor_mix", **OCT_DEC)
    listed = ask_ita(con, "visitor_mix", **OCT_DEC, units=["ADM", "ACC", "LEG", "PSD", "P12"])
    assert everyone.set_index("visitor_type")["responses"]["other"] == 2
    assert listed.set_index("visitor_type")["responses"]["other"] == 1


def test_a_list_parameter_refuses_a_number(con):
    with pytest.raises(queries.QueryError, match="'units' must be a list"):
        ask_ita(con, "awareness_by_channel", **OCT_DEC, units=5)


def test_runner_reads_a_plain_read_only_connection(seeded):
    plain = duckdb.connect(str(seeded), read_only=True)
    try:
        assert counts(queries.run(plain, "awareness_by_channel", **OCT_DEC)) == BY_CHANNEL[0][1]
    finally:
        plain.close()


# ---------------------------------------------------------------------------------------------
# every question declares its parameters

SQL_FILES = sorted(queries.FOLDER.glob("*.sql"))
PARAM_LINE = re.compile(r"^--\s+(\w+):\s*(date|text|int|float|list)(,\s*optional)?\s*(?:--\s*(.*))?$")


def test_there_are_questions():
    assert {p.stem for p in SQL_FILES} >= {"awareness_by_channel", "awareness_monthly", "visitor_mix"}


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: p.name)
def test_every_sql_file_has_a_header_with_params(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("--"):
            break
        header.append(line)
    body = "\n".join(lines[len(header) :])
    assert header and not header[0].lower().startswith("-- params"), f"{path.name}: no description comment"
    params_at = [i for i, line in enumerate(header) if line.strip().lower().startswith("-- params")]
    assert len(params_at) == 1, (
        f"{path.name}: the header needs one '-- params:' section (or '-- params: none')"
    )
    declared_lines = header[params_at[0] + 1 :]
    if header[params_at[0]].strip().lower() == "-- params: none":
        assert declared_lines == []
    for line in declared_lines:
        assert PARAM_LINE.match(line), f"{path.name}: malformed parameter line {line!r}"
    declared = {p.name for p in queries.load(path.stem).params}
    assert {PARAM_LINE.match(line)[1] for line in declared_lines} == declared
    used = set(re.findall(r"\$(\w+)", body))
    assert used == declared, f"{path.name}: parameters used {sorted(used)} but declared {sorted(declared)}"


def test_cli_lists_every_question():
    proc = subprocess.run(
        [sys.executable, "-m", "queries", "list"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0] for line in proc.stdout.splitlines() if line and not line.startswith(" ")}
    assert listed == {p.stem for p in SQL_FILES}
    assert "start:date, end:date, units:list?, visitor_type:text?" in proc.stdout


def test_cli_takes_a_comma_list_of_units(seeded):
    proc = subprocess.run(
        [sys.executable, "-m", "queries", "run", "awareness_by_channel", "--db", str(seeded), "--format", "csv",
         "-p", "start=2025-10-01", "-p", "end=2025-12-31", "-p", "units=ADM,ACC"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = [line.split(",")[:3] for line in proc.stdout.splitlines()[1:]]
    assert rows == [["news", "3", "1"], ["contact", "3", "1"], ["complaint", "1", "2"]]


def test_cli_rejects_a_malformed_date(seeded):
    proc = subprocess.run(
        [sys.executable, "-m", "queries", "run", "awareness_by_channel", "--db", str(seeded),
         "-p", "start=1/10/2568", "-p", "end=2025-12-31"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "'start' must be a date" in proc.stderr


def test_placeholders_are_whole_names_outside_comments():
    sql = "-- $ignored in a comment\nSELECT * FROM t WHERE unit = $unit AND code = ANY($units) -- $nope"
    assert queries.placeholders(sql) == {"unit", "units"}


def test_a_header_that_disagrees_with_its_sql_is_refused(tmp_path, monkeypatch):
    (tmp_path / "mismatch.sql").write_text(
        "-- Units, one or several.\n-- params:\n--   units: list, optional -- unit codes\n"
        "SELECT 1 WHERE $unit IS NULL\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(queries, "FOLDER", tmp_path)
    queries.load.cache_clear()
    try:
        with pytest.raises(queries.QueryError, match=r"declares \['units'\] but its SQL uses \['unit'\]"):
            queries.load("mismatch")
    finally:
        queries.load.cache_clear()
