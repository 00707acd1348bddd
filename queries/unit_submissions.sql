-- Every submission a unit registered up to the as-of date, newest first, with what became of it:
-- counted (the first one dated within its period), later_copy (a later one for the same period),
-- before_period (dated before the period opened: ignored) or not_owed (no such report in the schedule).
-- params:
--   unit: text -- unit code, e.g. ADM
--   as_of: date -- submissions after this day are left out (Asia/Bangkok local date)
WITH mine AS (
    SELECT sb.*, s.period_start, s.due_date,
        (SELECT count(*) FROM submission_measures m
         WHERE m.unit_code = sb.unit_code AND m.form = sb.form AND m.fiscal_year = sb.fiscal_year
           AND m.period = sb.period AND m.submitted_at = sb.submitted_at) AS measures
    FROM submissions sb
    LEFT JOIN report_schedule s ON s.fiscal_year = sb.fiscal_year AND s.form = sb.form AND s.period = sb.period
    WHERE sb.unit_code = $unit::VARCHAR AND CAST(sb.submitted_at AS DATE) <= $as_of::DATE
),

ranked AS (
    SELECT *,
        row_number() OVER (
            PARTITION BY form, fiscal_year, period, CAST(submitted_at AS DATE) >= period_start
            ORDER BY submitted_at
        ) AS nth
    FROM mine
),

final AS (
    SELECT fiscal_year, form, period, submitted_at, due_date, link, measures,
        CASE
            WHEN period_start IS NULL THEN 'not_owed'
            WHEN CAST(submitted_at AS DATE) < period_start THEN 'before_period'
            WHEN nth = 1 THEN 'counted'
            ELSE 'later_copy'
        END AS note
    FROM ranked
)

SELECT * FROM final
ORDER BY submitted_at DESC
