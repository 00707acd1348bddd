-- แบบรายงานที่ ๑ of one submission, measure by measure (1-7): the result text and the evidence link.
-- Every measure appears; one the unit left blank has NULL result and evidence.
-- params:
--   unit: text -- unit code
--   fy: int -- fiscal year (BE)
--   period: text -- '6' | '12'
--   submitted_at: text -- the submission's timestamp, e.g. 2026-04-08 10:30:00
WITH measures AS (
    SELECT range::INTEGER AS measure FROM range(1, 8)
),

chosen AS (
    SELECT measure, result, evidence
    FROM submission_measures
    WHERE unit_code = $unit::VARCHAR AND form = 'form1' AND fiscal_year = $fy::INTEGER
      AND period = $period::VARCHAR AND submitted_at = $submitted_at::TIMESTAMP
),

final AS (
    SELECT m.measure, c.result, c.evidence
    FROM measures m
    LEFT JOIN chosen c USING (measure)
)

SELECT * FROM final
ORDER BY measure
