-- The analytics database. One file, rebuilt beside the served one and swapped in atomically.
-- No names, phones, e-mails or positions are stored anywhere in it (PDPA): respondents are a keyed hash.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- Reference data from data/units.csv (editable by users): central divisions and provincial offices.
CREATE TABLE IF NOT EXISTS units (
    code        VARCHAR PRIMARY KEY,
    name_th     VARCHAR NOT NULL,
    name_en     VARCHAR,
    abbr        VARCHAR,
    aliases     VARCHAR,            -- '|'-separated other spellings
    kind        VARCHAR NOT NULL,   -- 'central' | 'provincial'
    active_from DATE,
    active_to   DATE
);

-- One row per survey submission (แบบสำรวจการรับรู้-รับทราบ). response_id is unique, but not by a
-- PRIMARY KEY: its index made a 1M-row import 36× slower to insert (bench/RESULTS.md). The import keeps
-- it unique (an anti-join against the rows already loaded, DISTINCT ON within a file: etl/load.py) and
-- publish refuses a database holding a response_id twice (etl/publish.py, validate). Databases built
-- before this keep their key; both kinds load and publish the same way.
CREATE TABLE IF NOT EXISTS responses (
    response_id         VARCHAR NOT NULL,     -- hash of the normalised answer: identical submissions count once (unique: see below)
    submitted_at        TIMESTAMP NOT NULL,   -- Asia/Bangkok local time
    submitted_date      DATE NOT NULL,
    fiscal_year         INTEGER NOT NULL,     -- BE, e.g. 2569
    unit_code           VARCHAR,              -- NULL when the unit named could not be matched (unit_known = false)
    unit_raw            VARCHAR,
    unit_known          BOOLEAN NOT NULL,
    visitor_contract    BOOLEAN NOT NULL,
    visitor_information BOOLEAN NOT NULL,
    visitor_meeting     BOOLEAN NOT NULL,
    visitor_feedback    BOOLEAN NOT NULL,
    visitor_other       BOOLEAN NOT NULL,
    other_text          VARCHAR,              -- the "อื่นๆ" answer, free text shown only as inert text
    aware_news          BOOLEAN,              -- item 1; NULL = not answered
    aware_contact       BOOLEAN,              -- item 2
    aware_complaint     BOOLEAN,              -- item 3
    respondent_agency   VARCHAR,              -- the respondent's own organisation, as typed
    respondent_key      VARCHAR,              -- HMAC-SHA256 of e-mail, phone or name: recognises repeats only
    source              VARCHAR NOT NULL,
    batch_id            INTEGER NOT NULL,
    is_demo             BOOLEAN NOT NULL DEFAULT false
);

-- Monthly social-media figures, long: one value per month, platform and metric.
CREATE TABLE IF NOT EXISTS reach (
    month    DATE NOT NULL,     -- first day of the month
    platform VARCHAR NOT NULL,  -- facebook, x, youtube, line, tiktok, instagram, website
    metric   VARCHAR NOT NULL,  -- reach, views, engagement, followers, posts
    value    DOUBLE NOT NULL,
    source   VARCHAR NOT NULL,
    batch_id INTEGER NOT NULL,
    is_demo  BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (month, platform, metric, source)
);

-- Reports units filed with ศปท.: form1 (7 measures), form2 (survey results), reach_monthly (PR group).
CREATE TABLE IF NOT EXISTS submissions (
    unit_code    VARCHAR NOT NULL,
    form         VARCHAR NOT NULL,   -- 'form1' | 'form2' | 'reach_monthly'
    fiscal_year  INTEGER NOT NULL,   -- BE
    period       VARCHAR NOT NULL,   -- '6' | '12' for rounds, 'YYYY-MM' (CE) for monthly reports
    submitted_at TIMESTAMP NOT NULL,
    link         VARCHAR,
    source       VARCHAR NOT NULL,
    batch_id     INTEGER NOT NULL,
    is_demo      BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (unit_code, form, fiscal_year, period, submitted_at)
);

-- ITA scores by fiscal year; indicator 0 is the overall score.
CREATE TABLE IF NOT EXISTS ita_scores (
    fiscal_year INTEGER NOT NULL,
    indicator   INTEGER NOT NULL CHECK (indicator BETWEEN 0 AND 10),
    score       DOUBLE NOT NULL CHECK (score BETWEEN 0 AND 100),
    is_demo     BOOLEAN NOT NULL DEFAULT false,
    source      VARCHAR NOT NULL,
    batch_id    INTEGER NOT NULL,
    PRIMARY KEY (fiscal_year, indicator)
);

CREATE TABLE IF NOT EXISTS load_batches (
    batch_id         INTEGER PRIMARY KEY,
    kind             VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    rows_read        INTEGER NOT NULL DEFAULT 0,
    rows_new         INTEGER NOT NULL DEFAULT 0,
    rows_duplicate   INTEGER NOT NULL DEFAULT 0,
    rows_quarantined INTEGER NOT NULL DEFAULT 0,
    status           VARCHAR NOT NULL,  -- 'ok' | 'failed'
    message          VARCHAR
);

-- Rows that could not be loaded, kept with the reason so nothing is lost. Personal data is masked.
CREATE TABLE IF NOT EXISTS quarantine (
    batch_id   INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,
    row_number INTEGER NOT NULL,  -- 1-based data row in the source (header = row 1, so first data row = 2)
    column_name VARCHAR,
    reason_th  VARCHAR NOT NULL,
    reason_en  VARCHAR NOT NULL,
    raw        VARCHAR NOT NULL,  -- the row as JSON {header: value}, personal fields masked
    row_hash   VARCHAR NOT NULL,  -- the same bad row imported twice is kept once
    quarantined_at TIMESTAMP NOT NULL
);
-- The respondent key (HMAC) of a quarantined survey row, so a data subject's erasure reaches it.
ALTER TABLE quarantine ADD COLUMN IF NOT EXISTS respondent_key VARCHAR;

-- ITA indicator names, tools and weights; a row with NULL fiscal_year applies to every year unless a
-- row for that year overrides it (item wording and weights change between years: data, not code).
CREATE TABLE IF NOT EXISTS ita_indicators (
    fiscal_year INTEGER,
    indicator   INTEGER NOT NULL,
    tool        VARCHAR NOT NULL,  -- IIT | EIT | OIT | overall
    name_th     VARCHAR NOT NULL,
    name_en     VARCHAR,
    weight      DOUBLE
);

-- ITA grade bands (AA 95-100, A 85-94.99, ...), from data/ita_grades.csv.
CREATE TABLE IF NOT EXISTS ita_grades (
    grade     VARCHAR PRIMARY KEY,
    min_score DOUBLE NOT NULL,
    max_score DOUBLE NOT NULL
);

-- Dated notes shown on trend charts (e.g. "เปิดใช้ LINE OA"), added by the admin.
CREATE TABLE IF NOT EXISTS annotations (
    day        DATE NOT NULL,
    text_th    VARCHAR NOT NULL,
    text_en    VARCHAR,
    created_by VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- The reporting schedule, expanded from data/schedule.toml (python -m etl import schedule FILE):
-- one row per report owed per fiscal year and period, with its due date.
CREATE TABLE IF NOT EXISTS report_schedule (
    fiscal_year  INTEGER NOT NULL,   -- BE
    form         VARCHAR NOT NULL,   -- 'form1' | 'form2' | 'reach_monthly'
    period       VARCHAR NOT NULL,   -- '6' | '12' | 'YYYY-MM' (CE), as in submissions
    period_start DATE NOT NULL,      -- a submission dated before this is not a report on the period
    period_end   DATE NOT NULL,      -- a unit owes the period if active on this day
    due_date     DATE NOT NULL,      -- submitted on or before this date = on time
    PRIMARY KEY (fiscal_year, form, period)
);

-- Who owes each form: 'all' active units, 'central', 'provincial', or one unit code.
CREATE TABLE IF NOT EXISTS report_owers (
    form    VARCHAR NOT NULL,
    owed_by VARCHAR NOT NULL,
    PRIMARY KEY (form, owed_by)
);

-- แบบรายงานที่ ๑: the result text and evidence link per measure (1-7) of one submission.
CREATE TABLE IF NOT EXISTS submission_measures (
    unit_code    VARCHAR NOT NULL,
    form         VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    period       VARCHAR NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    measure      INTEGER NOT NULL CHECK (measure BETWEEN 1 AND 7),
    result       VARCHAR,            -- free text: shown only as inert text
    evidence     VARCHAR,            -- a link; the page opens http/https only
    PRIMARY KEY (unit_code, form, fiscal_year, period, submitted_at, measure)
);

-- Shared pieces of the questions in queries/ (macros live in the database, so every question that
-- filters the survey filters it the same way).
-- The responses in a period (inclusive Bangkok dates), for some units (NULL = all) and a visitor type.
CREATE OR REPLACE MACRO survey_responses(start_day, end_day, unit_codes, visitor) AS TABLE
    SELECT *
    FROM responses
    WHERE submitted_date BETWEEN start_day AND end_day
      AND (unit_codes IS NULL OR list_contains(unit_codes, unit_code))
      AND (visitor IS NULL OR CASE visitor
            WHEN 'contract' THEN visitor_contract WHEN 'information' THEN visitor_information
            WHEN 'meeting' THEN visitor_meeting WHEN 'feedback' THEN visitor_feedback
            WHEN 'other' THEN visitor_other END);

-- Wilson score 95% interval for `hits` out of `n` (NULL when n = 0).
CREATE OR REPLACE MACRO wilson_low(hits, n) AS
    (hits / nullif(n, 0) + 1.959964 ^ 2 / (2 * n)
     - 1.959964 * sqrt((hits / nullif(n, 0)) * (1 - hits / nullif(n, 0)) / n + 1.959964 ^ 2 / (4 * n * n)))
    / (1 + 1.959964 ^ 2 / n);
CREATE OR REPLACE MACRO wilson_high(hits, n) AS
    (hits / nullif(n, 0) + 1.959964 ^ 2 / (2 * n)
     + 1.959964 * sqrt((hits / nullif(n, 0)) * (1 - hits / nullif(n, 0)) / n + 1.959964 ^ 2 / (4 * n * n)))
    / (1 + 1.959964 ^ 2 / n);

-- Reach resolved to one row per month, platform and metric: a monthly reach figure wins over one
-- summed from daily exports (a daily sum counts a person once per day reached); otherwise the latest
-- load wins (the highest batch_id; between sources of one batch, the first by name).
CREATE OR REPLACE MACRO reach_latest() AS TABLE
    SELECT * FROM reach
    QUALIFY row_number() OVER (PARTITION BY month, platform, metric
        ORDER BY metric = 'reach' AND source IN ('meta-business-suite', 'youtube-studio', 'tiktok-studio',
            'daily-export'), batch_id DESC, source) = 1;

-- Every publish replaces this view by a table of the same rows (etl/publish.py, resolve_derived), so
-- the pages read ~1,000 rows instead of ranking millions on each question; the view serves databases
-- made any other way.
CREATE VIEW IF NOT EXISTS reach_resolved AS SELECT * FROM reach_latest();
-- What the app records beside a submission: ศปท.'s receiving number and note, and which account
-- label recorded it ('ศปท.' / 'unit:ADM' / 'admin': a role, never a person; the person is in the audit log).
CREATE TABLE IF NOT EXISTS submission_receipts (
    unit_code    VARCHAR NOT NULL,
    form         VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    period       VARCHAR NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    receipt_no   VARCHAR,            -- เลขรับ, as ศปท. writes it
    note         VARCHAR,            -- free text: shown only as inert text
    recorded_by  VARCHAR NOT NULL,   -- an account label (role), not a name or an e-mail
    recorded_at  TIMESTAMP NOT NULL, -- Asia/Bangkok local time
    PRIMARY KEY (unit_code, form, fiscal_year, period, submitted_at)
);
