-- Visitor mix by month: how many responses ticked each visitor type, of how many that month. Every
-- month in the range appears; a month without responses has NULL counts and shares (a gap in the
-- chart, never a zero). A response may tick several types, so shares can add up to more than 1.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
WITH months AS (
    SELECT CAST(m AS DATE) AS month
    FROM range(date_trunc('month', $start::DATE), $end::DATE + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
),

filtered AS (
    SELECT date_trunc('month', submitted_date) AS month, visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

per_type AS (
    SELECT months.month, count(filtered.month) AS n, unnest(visitor_counts(visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other), recursive := true)
    FROM months
    LEFT JOIN filtered USING (month)
    GROUP BY months.month
),

final AS (
    SELECT month, ord, visitor_type, n, CASE WHEN n > 0 THEN value END AS responses
    FROM per_type
)

SELECT month, visitor_type, n, responses, responses / nullif(n, 0) AS share
FROM final
ORDER BY month, ord
