-- Visitor mix: how many responses ticked each visitor type. A response may tick several,
-- so shares (of all n responses in the filter) can add up to more than 1.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
WITH final AS (
    -- one pass, then one row per type (visitor_counts: etl/schema.sql)
    SELECT count(*)::BIGINT AS n, unnest(visitor_counts(visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other), recursive := true)
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
)

SELECT visitor_type, value AS responses, value / nullif(n, 0) AS share, n
FROM final
ORDER BY ord
