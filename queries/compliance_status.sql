-- Reporting compliance: one row per report a unit owes ศปท. (unit × form × period) with its status on
-- the as-of date: on_time, late (days_late), missing (past due, days_overdue) or not_due.
-- Rules: a unit owes a period if active (units.active_from/active_to) on the period's last day; a
-- submission counts only if dated from the period's first day to the as-of date (one dated before the
-- period opened is ignored); the first one counts; submitted on the due date = on time; nothing
-- submitted by the due date itself = not yet due (missing from the next day). For form2 rows,
-- responses = survey responses to the unit in the period up to the as-of date (the cross-check).
-- params:
--   as_of: date -- the day the status is computed for (Asia/Bangkok local date)
--   fy: int, optional -- fiscal year (BE); empty = every scheduled year up to the as-of date's
--   unit: text, optional -- unit code, e.g. ADM
WITH owed AS (
    -- every report owed, with its status (report_status: etl/schema.sql)
    SELECT * FROM report_status($as_of::DATE, $fy::INTEGER, $unit::VARCHAR)
),

form2_periods AS (
    -- the few distinct form2 periods owed (the schedule's, not one per unit)
    SELECT DISTINCT fiscal_year, period, period_start, least(period_end, $as_of::DATE) AS counted_end
    FROM owed
    WHERE form = 'form2'
),

per_day AS (
    -- responses per unit and day first (a few rows per unit), then into the handful of periods
    SELECT unit_code, submitted_date, count(*) AS n
    FROM responses
    WHERE submitted_date <= $as_of::DATE
      AND submitted_date >= (SELECT min(period_start) FROM form2_periods)
      AND ($unit::VARCHAR IS NULL OR unit_code = $unit::VARCHAR)
    GROUP BY unit_code, submitted_date
),

per_period AS (
    SELECT d.unit_code, p.fiscal_year, p.period, sum(d.n)::BIGINT AS responses
    FROM per_day d
    JOIN form2_periods p ON d.submitted_date BETWEEN p.period_start AND p.counted_end
    GROUP BY d.unit_code, p.fiscal_year, p.period
),

final AS (
    SELECT
        o.*,
        CASE WHEN CAST(o.submitted_at AS DATE) > o.due_date
            THEN date_diff('day', o.due_date, CAST(o.submitted_at AS DATE)) END AS days_late,
        CASE WHEN o.submitted_at IS NULL AND $as_of::DATE > o.due_date
            THEN date_diff('day', o.due_date, $as_of::DATE) END AS days_overdue,
        CASE WHEN o.form = 'form2' THEN coalesce(pp.responses, 0)::BIGINT END AS responses
    FROM owed o
    LEFT JOIN per_period pp ON o.form = 'form2' AND pp.unit_code = o.unit_code
        AND pp.fiscal_year = o.fiscal_year AND pp.period = o.period
)

SELECT
    unit_code, abbr, name_th, name_en, kind, fiscal_year, form, period, period_start, period_end, due_date,
    submitted_at, link, submissions, status, days_late, days_overdue, responses
FROM final
ORDER BY kind = 'provincial', unit_code, fiscal_year, form, period_end
