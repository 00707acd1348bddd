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

-- The survey's three awareness items, one place for their names and order (news, contact, complaint).
-- A question counts per group into a list of {ord, channel, aware, unaware} (awareness_counts, or
-- awareness_channels from counts it made itself), then rates that list in a later step with
-- unnest(awareness_rated(items), recursive := true): the unpivot runs on the few counted rows, never on
-- each response, and the rating on columns (macros expanded over aggregates take long to bind).
CREATE OR REPLACE MACRO awareness_channels(news_aware, news_unaware, contact_aware, contact_unaware,
        complaint_aware, complaint_unaware) AS [
    {ord: 1, channel: 'news', aware: news_aware::BIGINT, unaware: news_unaware::BIGINT},
    {ord: 2, channel: 'contact', aware: contact_aware::BIGINT, unaware: contact_unaware::BIGINT},
    {ord: 3, channel: 'complaint', aware: complaint_aware::BIGINT, unaware: complaint_unaware::BIGINT}];
-- The aggregate: the three items counted over the group's responses (blank answers count in neither).
CREATE OR REPLACE MACRO awareness_counts(news, contact, complaint) AS awareness_channels(
    coalesce(count_if(news), 0), coalesce(count(news) - count_if(news), 0),
    coalesce(count_if(contact), 0), coalesce(count(contact) - count_if(contact), 0),
    coalesce(count_if(complaint), 0), coalesce(count(complaint) - count_if(complaint), 0));
-- An item's rate: aware / (aware + unaware), NULL when no answers.
CREATE OR REPLACE MACRO awareness_rate(aware, unaware) AS aware / nullif(aware + unaware, 0);
-- One item rated: total answers, rate = aware / total (NULL when no answers), Wilson 95% interval.
CREATE OR REPLACE MACRO awareness_rating(ord, channel, aware, unaware) AS {
    ord: ord, channel: channel, aware: aware, unaware: unaware, total: aware + unaware,
    rate: awareness_rate(aware, unaware),
    ci_low: wilson_low(aware, aware + unaware), ci_high: wilson_high(aware, aware + unaware)};
-- A list of counted items, each rated.
CREATE OR REPLACE MACRO awareness_rated(items) AS
    list_transform(items, lambda i: awareness_rating(i.ord, i.channel, i.aware, i.unaware));

-- The five visitor types, one place for their names and order: a list of {ord, visitor_type, value}
-- from five values given in that order (contract, information, meeting, feedback, other).
CREATE OR REPLACE MACRO per_visitor_type(contract, information, meeting, feedback, other) AS [
    {ord: 1, visitor_type: 'contract', value: contract},
    {ord: 2, visitor_type: 'information', value: information},
    {ord: 3, visitor_type: 'meeting', value: meeting},
    {ord: 4, visitor_type: 'feedback', value: feedback},
    {ord: 5, visitor_type: 'other', value: other}];
-- The aggregate: how many of the group's responses ticked each type (value = that count).
CREATE OR REPLACE MACRO visitor_counts(contract, information, meeting, feedback, other) AS per_visitor_type(
    coalesce(count_if(contract), 0)::BIGINT, coalesce(count_if(information), 0)::BIGINT,
    coalesce(count_if(meeting), 0)::BIGINT, coalesce(count_if(feedback), 0)::BIGINT,
    coalesce(count_if(other), 0)::BIGINT);

-- The order platforms are listed in (tables, reports); a platform not named comes last.
CREATE OR REPLACE MACRO platform_ord(platform) AS
    coalesce(list_position(['facebook', 'youtube', 'line', 'x', 'tiktok', 'instagram', 'website'], platform), 99);

-- Every report units owe ศปท. (unit × form × period) with its status on the as-of day, the rules of
-- compliance_status and compliance_rates in one place: a unit owes a period if active on its last day;
-- a submission counts only if dated from the period's first day to the as-of day; the first one
-- counts (submitted_at, link; submissions = how many were counted in); on or before the due date =
-- on_time, after = late, nothing by the due date = not_due until the day after, then missing.
-- report_fy NULL = every scheduled year up to the as-of day's; report_unit NULL = every unit.
CREATE OR REPLACE MACRO report_status(as_of, report_fy, report_unit) AS TABLE
    WITH owed AS (
        SELECT
            u.code AS unit_code, u.abbr, u.name_th, u.name_en, u.kind,
            s.fiscal_year, s.form, s.period, s.period_start, s.period_end, s.due_date
        FROM report_schedule s
        CROSS JOIN units u
        WHERE (s.fiscal_year = report_fy OR (report_fy IS NULL
                AND s.fiscal_year <= year(as_of) + 543 + CASE WHEN month(as_of) >= 10 THEN 1 ELSE 0 END))
          AND (report_unit IS NULL OR u.code = report_unit)
          AND (u.active_from IS NULL OR u.active_from <= s.period_end)
          AND (u.active_to IS NULL OR u.active_to >= s.period_end)
          AND EXISTS (SELECT 1 FROM report_owers o WHERE o.form = s.form AND o.owed_by IN ('all', u.kind, u.code))
    ),
    counted AS (
        SELECT
            o.unit_code, o.form, o.fiscal_year, o.period,
            min(sb.submitted_at) AS submitted_at,
            arg_min(sb.link, sb.submitted_at) AS link,
            count(*) AS submissions
        FROM owed o
        JOIN submissions sb
          ON sb.unit_code = o.unit_code AND sb.form = o.form AND sb.fiscal_year = o.fiscal_year AND sb.period = o.period
        WHERE CAST(sb.submitted_at AS DATE) BETWEEN o.period_start AND as_of
        GROUP BY o.unit_code, o.form, o.fiscal_year, o.period
    )
    SELECT
        o.*, c.submitted_at, c.link, coalesce(c.submissions, 0) AS submissions,
        CASE
            WHEN c.submitted_at IS NOT NULL AND CAST(c.submitted_at AS DATE) <= o.due_date THEN 'on_time'
            WHEN c.submitted_at IS NOT NULL THEN 'late'
            WHEN as_of > o.due_date THEN 'missing'
            ELSE 'not_due'
        END AS status
    FROM owed o
    LEFT JOIN counted c USING (unit_code, form, fiscal_year, period);

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
