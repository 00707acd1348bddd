-- The entries held for one unit's report in one period (register rows and reports recorded in the app),
-- oldest first, with ศปท.'s receiving number and note and the account label that recorded each one.
-- params:
--   unit: text -- unit code, e.g. ADM
--   form: text -- form1 | form2 | reach_monthly
--   fy: int -- fiscal year, BE
--   period: text -- '6' | '12' | 'YYYY-MM'
WITH held AS (
    SELECT s.unit_code, s.form, s.fiscal_year, s.period, s.submitted_at, s.link, s.source,
        r.receipt_no, r.note, r.recorded_by, r.recorded_at,
        (SELECT count(*) FROM submission_measures m
         WHERE m.unit_code = s.unit_code AND m.form = s.form AND m.fiscal_year = s.fiscal_year
           AND m.period = s.period AND m.submitted_at = s.submitted_at) AS measures
    FROM submissions AS s
    LEFT JOIN submission_receipts AS r USING (unit_code, form, fiscal_year, period, submitted_at)
    WHERE s.unit_code = $unit::VARCHAR AND s.form = $form::VARCHAR
      AND s.fiscal_year = $fy::INTEGER AND s.period = $period::VARCHAR
),

final AS (
    SELECT * FROM held
)

SELECT unit_code, form, fiscal_year, period, submitted_at, link, source, receipt_no, note, recorded_by,
    recorded_at, measures
FROM final
ORDER BY submitted_at
