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
WITH as_of_fy AS (
    SELECT year($as_of::DATE) + 543 + CASE WHEN month($as_of::DATE) >= 10 THEN 1 ELSE 0 END AS fy
),

owed AS (
    SELECT
        u.code AS unit_code, u.abbr, u.name_th, u.name_en, u.kind,
        s.fiscal_year, s.form, s.period, s.period_start, s.period_end, s.due_date
    FROM report_schedule s
    CROSS JOIN units u
    WHERE (s.fiscal_year = $fy::INTEGER OR ($fy::INTEGER IS NULL AND s.fiscal_year <= (SELECT fy FROM as_of_fy)))
      AND ($unit::VARCHAR IS NULL OR u.code = $unit::VARCHAR)
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
    WHERE CAST(sb.submitted_at AS DATE) BETWEEN o.period_start AND $as_of::DATE
    GROUP BY o.unit_code, o.form, o.fiscal_year, o.period
),

form2_periods AS (
    -- the few distinct form2 periods owed (the schedule's, not one per unit)
    SELECT DISTINCT fiscal_year, period, period_start, least(period_end, $as_of::DATE) AS counted_end
    FROM owed
    WHERE form = 'form2'
),

per_period AS (
    -- responses per unit and period: each response joined to the handful of periods holding its day
    -- (a range join against a few rows), grouped by unit; the unit filter is applied before the join
    SELECT r.unit_code, p.fiscal_year, p.period, count(*) AS responses
    FROM responses r
    JOIN form2_periods p ON r.submitted_date BETWEEN p.period_start AND p.counted_end
    WHERE r.submitted_date <= $as_of::DATE
      AND r.submitted_date >= (SELECT min(period_start) FROM form2_periods)
      AND ($unit::VARCHAR IS NULL OR r.unit_code = $unit::VARCHAR)
    GROUP BY r.unit_code, p.fiscal_year, p.period
),

survey AS (
    SELECT o.unit_code, o.fiscal_year, o.period, pp.responses
    FROM owed o
    JOIN per_period pp USING (unit_code, fiscal_year, period)
    WHERE o.form = 'form2'
),

final AS (
    SELECT
        o.*,
        c.submitted_at,
        c.link,
        coalesce(c.submissions, 0) AS submissions,
        CASE
            WHEN c.submitted_at IS NOT NULL AND CAST(c.submitted_at AS DATE) <= o.due_date THEN 'on_time'
            WHEN c.submitted_at IS NOT NULL THEN 'late'
            WHEN $as_of::DATE > o.due_date THEN 'missing'
            ELSE 'not_due'
        END AS status,
        CASE WHEN CAST(c.submitted_at AS DATE) > o.due_date
            THEN date_diff('day', o.due_date, CAST(c.submitted_at AS DATE)) END AS days_late,
        CASE WHEN c.submitted_at IS NULL AND $as_of::DATE > o.due_date
            THEN date_diff('day', o.due_date, $as_of::DATE) END AS days_overdue,
        CASE WHEN o.form = 'form2' THEN coalesce(sv.responses, 0)::BIGINT END AS responses
    FROM owed o
    LEFT JOIN counted c USING (unit_code, form, fiscal_year, period)
    LEFT JOIN survey sv ON o.form = 'form2' AND sv.unit_code = o.unit_code
        AND sv.fiscal_year = o.fiscal_year AND sv.period = o.period
)

SELECT
    unit_code, abbr, name_th, name_en, kind, fiscal_year, form, period, period_start, period_end, due_date,
    submitted_at, link, submissions, status, days_late, days_overdue, responses
FROM final
ORDER BY kind = 'provincial', unit_code, fiscal_year, form, period_end
