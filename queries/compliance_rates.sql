-- Compliance rate per fiscal year and round on the as-of date: round '6' and '12' (form1 + form2 of
-- that round) and 'monthly' (the monthly reach reports). rate = reports submitted on time ÷ reports
-- whose due date has passed (NULL while none has); not_due reports are outside it. Same rules as
-- compliance_status (which lists the rows these counts are made of).
-- params:
--   as_of: date -- the day the status is computed for (Asia/Bangkok local date)
--   fy: int, optional -- fiscal year (BE); empty = every scheduled year up to the as-of date's
WITH statuses AS (
    -- every report owed, with its status (report_status: etl/schema.sql, the rules of compliance_status)
    SELECT
        fiscal_year,
        CASE WHEN form = 'reach_monthly' THEN 'monthly' ELSE period END AS round,
        due_date < $as_of::DATE AS is_due,
        status
    FROM report_status($as_of::DATE, $fy::INTEGER, NULL)
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
