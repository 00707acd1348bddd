"""The questions the benchmark asks: every queries/*.sql with default parameters, and the same page
questions answered the common way (the table in pandas, filtered and grouped in memory)."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

import queries
from core.fiscal import fiscal_year_range

CHANNELS = ("news", "contact", "complaint")
VISITORS = ("contract", "information", "meeting", "feedback", "other")

# Parameter defaults by name; "start"/"end" are the latest fiscal year in the data, "fiscal_year" the latest
# year with ITA scores. A new query whose required parameter is not here is reported, not skipped silently.
FIXED = {
    "indicator": 7,
    "limit": 100,
    "min_n": 30,
    "period": "6",
    "form": "form1",
    "submitted_at": "2026-04-08 10:30:00",
}


def defaults(con: duckdb.DuckDBPyConnection) -> dict:
    fy = con.execute("SELECT max(fiscal_year) FROM responses").fetchone()[0] or 2569
    ita_fy = con.execute("SELECT max(fiscal_year) FROM ita_scores").fetchone()[0] or fy
    month = con.execute("SELECT max(month) FROM reach").fetchone()[0] or date(2026, 9, 1)
    unit = con.execute("SELECT min(code) FROM units").fetchone()[0] or "ADM"
    start, end = fiscal_year_range(fy)
    return {
        "start": start,
        "end": end,
        "fiscal_year": ita_fy,
        "fy": fy,
        "as_of": end,
        "month": month,
        "unit": unit,
        **FIXED,
    }


def params_for(name: str, known: dict) -> dict:
    """The default parameters of one query; optional ones stay unset (the page's "all" choice)."""
    out = {}
    for p in queries.load(name).params:
        if p.name in known:
            out[p.name] = known[p.name]
        elif not p.optional:
            raise KeyError(
                f"{name}: no benchmark default for required parameter '{p.name}' (add it to FIXED)"
            )
    return out


def table(con: duckdb.DuckDBPyConnection) -> list[tuple[str, dict]]:
    """Every query the pages may ask, with the parameters the benchmark uses: the 'default params' table."""
    known = defaults(con)
    return [(name, params_for(name, known)) for name in queries.names()]


# --- the same page questions, the common way --------------------------------------------------------


def load_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """What a typical dashboard does first: the whole table into pandas (then cached)."""
    return con.execute("SELECT * FROM responses").df()


def _between(df: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    d = df["submitted_date"]
    return df[(d >= pd.Timestamp(start)) & (d <= pd.Timestamp(end))]


def _counts(frame: pd.DataFrame, by=None) -> pd.DataFrame:
    cols = {}
    for c in CHANNELS:
        v = frame[f"aware_{c}"].astype("boolean")
        cols[f"{c}_aware"] = v.eq(True)
        cols[f"{c}_unaware"] = v.eq(False)
    flags = pd.DataFrame(cols)
    if by is None:
        return flags.sum().to_frame().T
    return flags.groupby(by).sum()


def pandas_awareness_by_channel(df: pd.DataFrame, start: date, end: date) -> dict:
    row = _counts(_between(df, start, end)).iloc[0]
    return {c: (int(row[f"{c}_aware"]), int(row[f"{c}_unaware"])) for c in CHANNELS}


def pandas_awareness_monthly(df: pd.DataFrame, start: date, end: date) -> dict:
    f = _between(df, start, end)
    grouped = _counts(f, f["submitted_date"].dt.to_period("M"))
    return {
        (str(month), c): (int(r[f"{c}_aware"]), int(r[f"{c}_unaware"]))
        for month, r in grouped.iterrows()
        for c in CHANNELS
    }


def pandas_awareness_yearly(df: pd.DataFrame) -> dict:
    grouped = _counts(df, df["fiscal_year"])
    return {
        (int(fy), c): (int(r[f"{c}_aware"]), int(r[f"{c}_unaware"]))
        for fy, r in grouped.iterrows()
        for c in CHANNELS
    }


def pandas_visitor_mix(df: pd.DataFrame, start: date, end: date) -> dict:
    f = _between(df, start, end)
    return {v: int(f[f"visitor_{v}"].sum()) for v in VISITORS}


def sql_answer(name: str, frame: pd.DataFrame) -> dict:
    """A query's result in the shape the pandas functions return, to check both answer the same."""
    if name == "awareness_by_channel":
        return {r.channel: (int(r.aware), int(r.unaware)) for r in frame.itertuples()}
    if name == "awareness_monthly":
        return {
            (str(pd.Timestamp(r.month).to_period("M")), r.channel): (int(r.aware), int(r.unaware))
            for r in frame.itertuples()
            if r.total
        }
    if name == "awareness_yearly":
        return {(int(r.fiscal_year), r.channel): (int(r.aware), int(r.unaware)) for r in frame.itertuples()}
    if name == "visitor_mix":
        return {r.visitor_type: int(r.responses) for r in frame.itertuples()}
    raise KeyError(name)


def pandas_question(name: str):
    """name -> function(df, params) answering the same question in pandas."""
    return {
        "awareness_by_channel": lambda df, p: pandas_awareness_by_channel(df, p["start"], p["end"]),
        "awareness_monthly": lambda df, p: pandas_awareness_monthly(df, p["start"], p["end"]),
        "awareness_yearly": lambda df, p: pandas_awareness_yearly(df),
        "visitor_mix": lambda df, p: pandas_visitor_mix(df, p["start"], p["end"]),
    }[name]


PAGE_QUESTIONS = ("awareness_by_channel", "awareness_monthly", "awareness_yearly", "visitor_mix")
