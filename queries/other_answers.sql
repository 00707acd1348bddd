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
    FROM responses
    WHERE submitted_date BETWEEN $start::DATE AND $end::DATE
      AND nullif(trim(other_text), '') IS NOT NULL
      AND ($units::VARCHAR[] IS NULL OR list_contains($units::VARCHAR[], unit_code))
      AND ($visitor_type::VARCHAR IS NULL OR CASE $visitor_type::VARCHAR
            WHEN 'contract' THEN visitor_contract WHEN 'information' THEN visitor_information
            WHEN 'meeting' THEN visitor_meeting WHEN 'feedback' THEN visitor_feedback
            WHEN 'other' THEN visitor_other END)
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
