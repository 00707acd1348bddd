-- The "อื่นๆ" (other) visitor-type answers: each distinct text (trimmed) with how many responses gave
-- it, most frequent first. Free text: show it only as inert text. search keeps texts containing it.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
--   search: text, optional -- keep texts containing this (case-insensitive, taken literally)
WITH filtered AS (
    SELECT trim(other_text) AS other_text
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    WHERE nullif(trim(other_text), '') IS NOT NULL
),

final AS (
    SELECT other_text, count(*) AS responses
    FROM filtered
    WHERE $search::VARCHAR IS NULL OR contains(lower(other_text), lower(trim($search::VARCHAR)))
    GROUP BY other_text
)

SELECT other_text, responses
FROM final
ORDER BY responses DESC, other_text
