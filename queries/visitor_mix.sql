-- Visitor mix: how many responses ticked each visitor type. A response may tick several,
-- so shares (of all n responses in the filter) can add up to more than 1.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
WITH filtered AS (
    SELECT visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

counts AS (
    -- count_if, coalesced: count_if is NULL, not 0, when no row (or only blanks) match; it is 2-4x faster
    -- than count(*) FILTER at millions of rows (bench/RESULTS.md)
    SELECT
        count(*)::BIGINT AS n,
        coalesce(count_if(visitor_contract), 0)::BIGINT AS contract, coalesce(count_if(visitor_information), 0)::BIGINT AS information,
        coalesce(count_if(visitor_meeting), 0)::BIGINT AS meeting, coalesce(count_if(visitor_feedback), 0)::BIGINT AS feedback,
        coalesce(count_if(visitor_other), 0)::BIGINT AS other
    FROM filtered
),

final AS (
    SELECT 1 AS ord, 'contract' AS visitor_type, contract AS responses, n FROM counts
    UNION ALL SELECT 2, 'information', information, n FROM counts
    UNION ALL SELECT 3, 'meeting', meeting, n FROM counts
    UNION ALL SELECT 4, 'feedback', feedback, n FROM counts
    UNION ALL SELECT 5, 'other', other, n FROM counts
)

SELECT visitor_type, responses, responses / nullif(n, 0) AS share, n
FROM final
ORDER BY ord
