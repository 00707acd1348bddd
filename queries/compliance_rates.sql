-- Compliance rate per fiscal year and round on the as-of date: round '6' and '12' (form1 + form2 of
-- that round) and 'monthly' (the monthly reach reports). rate = reports submitted on time ÷ reports
-- whose due date has passed (NULL while none has); not_due reports are outside it. Same rules as
-- compliance_status (which lists the rows these counts are made of).
-- params:
--   as_of: date -- the day the status is computed for (Asia/Bangkok local date)
--   fy: int, optional -- fiscal year (BE); empty = every scheduled year up to the as-of date's
WITH as_of_fy AS (
    SELECT year($as_of::DATE) + 543 + CASE WHEN month($as_of::DATE) >= 10 THEN 1 ELSE 0 END AS fy
),

owed AS (
    SELECT u.code AS unit_code, s.fiscal_year, s.form, s.period, s.period_start, s.due_date
    FROM report_schedule s
    CROSS JOIN units u
    WHERE (s.fiscal_year = $fy::INTEGER OR ($fy::INTEGER IS NULL AND s.fiscal_year <= (SELECT fy FROM as_of_fy)))
      AND (u.active_from IS NULL OR u.active_from <= s.period_end)
      AND (u.active_to IS NULL OR u.active_to >= s.period_end)
      AND EXISTS (SELECT 1 FROM report_owers o WHERE o.form = s.form AND o.owed_by IN ('all', u.kind, u.code))
),

counted AS (
    SELECT o.unit_code, o.form, o.fiscal_year, o.period, min(sb.submitted_at) AS submitted_at
    FROM owed o
    JOIN submissions sb
      ON sb.unit_code = o.unit_code AND sb.form = o.form AND sb.fiscal_year = o.fiscal_year AND sb.period = o.period
    WHERE CAST(sb.submitted_at AS DATE) BETWEEN o.period_start AND $as_of::DATE
    GROUP BY o.unit_code, o.form, o.fiscal_year, o.period
),

statuses AS (
    SELECT
        o.fiscal_year,
        CASE WHEN o.form = 'reach_monthly' THEN 'monthly' ELSE o.period END AS round,
        o.due_date < $as_of::DATE AS is_due,
        CASE
            WHEN c.submitted_at IS NOT NULL AND CAST(c.submitted_at AS DATE) <= o.due_date THEN 'on_time'
            WHEN c.submitted_at IS NOT NULL THEN 'late'
            WHEN $as_of::DATE > o.due_date THEN 'missing'
            ELSE 'not_due'
        END AS status
    FROM owed o
    LEFT JOIN counted c USING (unit_code, form, fiscal_year, period)
),

final AS (
    SELECT
        fiscal_year,
        round,
        count(*) AS owed,
        count(*) FILTER (WHERE is_due) AS due,
        count(*) FILTER (WHERE is_due AND status = 'on_time') AS on_time_due,
        count(*) FILTER (WHERE status = 'on_time') AS on_time,
        count(*) FILTER (WHERE status = 'late') AS late,
        count(*) FILTER (WHERE status = 'missing') AS missing,
        count(*) FILTER (WHERE status = 'not_due') AS not_due
    FROM statuses
    GROUP BY fiscal_year, round
)

SELECT *, on_time_due / nullif(due, 0) AS rate
FROM final
ORDER BY fiscal_year, CASE round WHEN '6' THEN 1 WHEN '12' THEN 2 ELSE 3 END
