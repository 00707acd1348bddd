-- Visitor mix per unit: how many of a unit's responses ticked each visitor type. Only units with at
-- least one response in the filter appear (central first, then provincial, each by code); few marks a
-- unit with fewer than min_n responses (ข้อมูลน้อย). A response may tick several types.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
--   min_n: int -- fewer responses than this = few responses
WITH filtered AS (
    SELECT unit_code, visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    WHERE unit_code IS NOT NULL
),

counts AS (
    SELECT
        unit_code,
        count(*) AS n,
        count(*) FILTER (WHERE visitor_contract) AS contract, count(*) FILTER (WHERE visitor_information) AS information,
        count(*) FILTER (WHERE visitor_meeting) AS meeting, count(*) FILTER (WHERE visitor_feedback) AS feedback,
        count(*) FILTER (WHERE visitor_other) AS other
    FROM filtered
    GROUP BY unit_code
),

per_type AS (
    SELECT unit_code, n, 1 AS ord, 'contract' AS visitor_type, contract AS responses FROM counts
    UNION ALL SELECT unit_code, n, 2, 'information', information FROM counts
    UNION ALL SELECT unit_code, n, 3, 'meeting', meeting FROM counts
    UNION ALL SELECT unit_code, n, 4, 'feedback', feedback FROM counts
    UNION ALL SELECT unit_code, n, 5, 'other', other FROM counts
),

final AS (
    SELECT p.*, u.abbr, u.name_th, u.name_en, coalesce(u.kind, 'central') AS kind
    FROM per_type AS p
    LEFT JOIN units AS u ON u.code = p.unit_code
)

SELECT
    unit_code, abbr, name_th, name_en, kind, n, visitor_type, responses, responses / n AS share,
    n < $min_n::INTEGER AS few
FROM final
ORDER BY kind = 'provincial', unit_code, ord
