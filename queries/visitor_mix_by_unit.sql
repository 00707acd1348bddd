-- Visitor mix per unit: how many of a unit's responses ticked each visitor type. Only units with at
-- least one response in the filter appear (central first, then provincial, each by code); few marks a
-- unit with fewer than min_n responses (ข้อมูลน้อย). A response may tick several types.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
--   min_n: int -- fewer responses than this = few responses
WITH per_type AS (
    SELECT unit_code, count(*) AS n, unnest(visitor_counts(visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other), recursive := true)
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    WHERE unit_code IS NOT NULL
    GROUP BY unit_code
),

final AS (
    SELECT p.*, u.abbr, u.name_th, u.name_en, coalesce(u.kind, 'central') AS kind
    FROM per_type AS p
    LEFT JOIN units AS u ON u.code = p.unit_code
)

SELECT
    unit_code, abbr, name_th, name_en, kind, n, visitor_type, value AS responses, value / n AS share,
    n < $min_n::INTEGER AS few
FROM final
ORDER BY kind = 'provincial', unit_code, ord
