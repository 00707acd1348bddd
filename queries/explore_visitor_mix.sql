-- Visitor types per month and unit: how many responses, and how many ticked each type (a response
-- may tick several), for the explorer and exports.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
WITH counts AS (
    SELECT
        CAST(date_trunc('month', submitted_date) AS DATE) AS month, unit_code, count(*) AS responses,
        visitor_counts(visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other) AS types  -- contract, information, meeting, feedback, other
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    GROUP BY ALL
)

SELECT c.month, c.unit_code, u.abbr AS unit_abbr, u.name_th AS unit_name_th, c.responses,
       c.types[1].value AS contract, c.types[2].value AS information, c.types[3].value AS meeting,
       c.types[4].value AS feedback, c.types[5].value AS other
FROM counts AS c
LEFT JOIN units AS u ON u.code = c.unit_code
