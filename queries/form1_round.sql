-- แบบรายงานที่ ๑ of one unit for one round, measure by measure, to pre-fill the form: the latest
-- submission for the round that carries results per measure (a resubmission usually corrects the
-- first), ignoring one dated before the round opened (as compliance_status does). Every measure 1-7
-- appears; with no such submission, submitted_at, result and evidence are NULL (the form stays blank).
-- params:
--   unit: text -- unit code, e.g. ADM
--   fy: int -- fiscal year (BE)
--   period: text -- '6' | '12'
WITH candidates AS (
    SELECT m.submitted_at
    FROM submission_measures m
    LEFT JOIN report_schedule s ON s.fiscal_year = m.fiscal_year AND s.form = m.form AND s.period = m.period
    WHERE m.unit_code = $unit::VARCHAR AND m.form = 'form1' AND m.fiscal_year = $fy::INTEGER
      AND m.period = $period::VARCHAR
      AND (s.period_start IS NULL OR CAST(m.submitted_at AS DATE) >= s.period_start)
),

latest AS (
    SELECT max(submitted_at) AS submitted_at FROM candidates
),

chosen AS (
    SELECT m.measure, m.result, m.evidence
    FROM submission_measures m
    JOIN latest l ON m.submitted_at = l.submitted_at
    WHERE m.unit_code = $unit::VARCHAR AND m.form = 'form1' AND m.fiscal_year = $fy::INTEGER
      AND m.period = $period::VARCHAR
),

final AS (
    SELECT r.range::INTEGER AS measure, (SELECT submitted_at FROM latest) AS submitted_at, c.result, c.evidence
    FROM range(1, 8) r
    LEFT JOIN chosen c ON c.measure = r.range
)

SELECT * FROM final
ORDER BY measure
