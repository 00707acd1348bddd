"""The SQL of the column-wise normalisation (etl/columnar.py): timestamps, respondent keys, the record.

Every expression here reads exactly as its Python counterpart reads (tests/test_normalise_columns_unit.py
compares the two); where it cannot be sure (odd shapes, non-ASCII text) it gives NULL and Python decides.
"""

from __future__ import annotations

from etl.forms import CHANNELS, VISITOR_TYPES

# The shapes of etl.timestamps.YMD / XYZ restricted to plain ASCII text with spaces as the only
# whitespace: for such text clean() only trims and collapses spaces, which these patterns absorb, so a
# match here reads exactly as parse_timestamp reads it. Groups: y, a, b, H, M, S, ampm, utc, tz.
TAIL = (
    r"(?:[ Tt,]+([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2})(?:\.[0-9]+)?)?)?"
    r"(?: *([Aa][Mm]|[Pp][Mm]|[Aa]\.[Mm]\.|[Pp]\.[Mm]\.))?"
    r"(?: *([Gg][Mm][Tt]|[Uu][Tt][Cc])? *([Zz]|[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?$"
)
YMD = r"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + TAIL
XYZ = r"^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})" + TAIL
GROUPS = ["y", "a", "b", "H", "M", "S", "ampm", "utc", "tz"]
GROUPS_XYZ = ["a", "b", "y", "H", "M", "S", "ampm", "utc", "tz"]

TS_SQL = """
WITH first AS (SELECT i, raw, regexp_extract(raw, $ymd, $g_ymd) AS g FROM ts_in),
m AS (
    SELECT i, 'ymd' AS shape, g FROM first WHERE g.y <> ''
    UNION ALL
    SELECT i, 'xyz' AS shape, regexp_extract(raw, $xyz, $g_xyz) AS g FROM first WHERE g.y = ''
),
parts AS (
    SELECT i, shape,
        CAST(g.y AS INTEGER) - CASE WHEN CAST(g.y AS INTEGER) >= 2400 THEN 543 ELSE 0 END AS y,
        CASE WHEN shape = 'ymd' OR $order = 'mdy' THEN CAST(g.a AS INTEGER) ELSE CAST(g.b AS INTEGER) END AS mo,
        CASE WHEN shape = 'ymd' OR $order = 'mdy' THEN CAST(g.b AS INTEGER) ELSE CAST(g.a AS INTEGER) END AS d,
        coalesce(TRY_CAST(nullif(g.H, '') AS INTEGER), 0) AS h0,
        coalesce(TRY_CAST(nullif(g.M, '') AS INTEGER), 0) AS mi,
        coalesce(TRY_CAST(nullif(g.S, '') AS INTEGER), 0) AS s,
        upper(replace(g.ampm, '.', '')) AS ampm, g.utc <> '' AS has_utc, nullif(g.tz, '') AS tz
    FROM m WHERE g.y <> ''
),
clock AS (
    SELECT *,
        CASE WHEN ampm = 'PM' AND h0 < 12 THEN h0 + 12 WHEN ampm = 'AM' AND h0 = 12 THEN 0 ELSE h0 END AS h,
        CASE WHEN tz IS NULL OR upper(tz) = 'Z' THEN 0
             ELSE (CASE WHEN tz[1] = '-' THEN -1 ELSE 1 END) * (
                  CASE WHEN length(replace(tz[2:], ':', '')) <= 2 THEN CAST(replace(tz[2:], ':', '') AS INTEGER) * 60
                       ELSE CAST(replace(tz[2:], ':', '')[:-3] AS INTEGER) * 60
                            + CAST(replace(tz[2:], ':', '')[-2:] AS INTEGER) END) END AS offset_min
    FROM parts
),
made AS (
    SELECT *, TRY(make_timestamp(y, mo, d, h, mi, s)) AS local_ts FROM clock
    WHERE mo BETWEEN 1 AND 12 AND d BETWEEN 1 AND 31 AND h <= 23 AND mi <= 59 AND s <= 59
)
SELECT i,
    local_ts + to_minutes(CASE WHEN tz IS NOT NULL OR has_utc THEN 420 - offset_min ELSE 0 END) AS ts
FROM made
WHERE local_ts IS NOT NULL AND year(local_ts) = y AND month(local_ts) = mo AND day(local_ts) = d
  AND y BETWEEN 1990 AND 2200
"""

# The Forms CSV download's own shape, e.g. "2025/10/01 9:05:12 AM GMT+7", Bangkok time: strptime reads it
# as TS_SQL would (GMT+7 shifts by 0). Any other text, an impossible date, a BE or implausible year: NULL,
# and TS_SQL (then parse_timestamp) decides. {col} is the raw cell.
FAST_TS = (
    r"CASE WHEN regexp_full_match({col}, '[0-9]{{4}}/[0-9]{{2}}/[0-9]{{2}} [0-9]{{1,2}}:[0-5][0-9]:[0-5][0-9] "
    r"[AP]M GMT\+7') AND {col}[1:4] BETWEEN '1990' AND '2200' "
    r"THEN try_strptime({col}, '%Y/%m/%d %I:%M:%S %p GMT+7') END"
)

# clean().strip().casefold() of a plain ASCII e-mail (collapse Python's ASCII whitespace, trim,
# lower-case); NULL for any other text, which Python keys. {col} is the raw cell.
ASCII_EMAIL = (
    r"CASE WHEN strlen({col}) = length({col}) THEN CASE WHEN regexp_matches({col}, '[\t\n\x0b\x0c\r\x1c-\x1f ]') "
    r"THEN lower(regexp_replace(regexp_replace({col}, '[\t\n\x0b\x0c\r\x1c-\x1f ]+', ' ', 'g'), '^ | $', '', 'g')) "
    r"ELSE lower({col}) END END"
)
# The rows whose key Python computes: a non-ASCII e-mail, or one that is blank once cleaned.
PYTHON_EMAIL = r"strlen({col}) <> length({col}) OR regexp_full_match({col}, '[\t\n\x0b\x0c\r\x1c-\x1f ]*')"
# HMAC-SHA256 (RFC 2104) of "e:" + the cleaned e-mail, with the key's pads as parameters $ipad, $opad.
HMAC = "substr(sha256($opad || unhex(sha256($ipad || encode('e:' || {e})))), 1, 32)"

_RECORD = """
SELECT
    substr(sha256(concat_ws('|', replace(CAST(ts AS VARCHAR), ' ', 'T'), coalesce(rkey, ''), unit_raw, ticked, other,
        {answers})), 1, 32) AS response_id,
    ts AS submitted_at,
    CAST(ts AS DATE) AS submitted_date,
    CAST(year(ts) + 543 + CASE WHEN month(ts) >= 10 THEN 1 ELSE 0 END AS INTEGER) AS fiscal_year,
    unit_code, unit_raw, unit_code IS NOT NULL AS unit_known,
    {visitors},
    nullif(other_shown, '') AS other_text,
    {aware},
    agency AS respondent_agency,
    rkey AS respondent_key
FROM ({rows})
"""


def record_sql(rows: str) -> str:
    """The normalised columns (etl.responses.COLUMNS) of ``rows``: a SELECT giving ts, rkey, the unit,
    visitor and agency lookups' columns, and a_<channel> for each awareness answer.

    ts is whole seconds (parse_timestamp drops fractions, strptime's shape has none) in 1990-2200, so its
    text is CAST(ts AS VARCHAR) with a T: the oracle's isoformat(), cheaper than strftime."""
    return _RECORD.format(
        answers=", ".join(
            f"CASE WHEN a_{c} IS NULL THEN 'None' WHEN a_{c} THEN 'True' ELSE 'False' END" for c in CHANNELS
        ),
        visitors=", ".join(f"v_{v} AS visitor_{v}" for v in VISITOR_TYPES),
        aware=", ".join(f"a_{c} AS aware_{c}" for c in CHANNELS),
        rows=rows,
    )
