-- Visitor types per month and unit: how many responses, and how many ticked each type (a response
-- may tick several), for the explorer and exports.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type
WITH filtered AS (
    SELECT CAST(date_trunc('month', submitted_date) AS DATE) AS month, unit_code,
           visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

counts AS (
    SELECT
        month, unit_code, count(*) AS responses,
        count(*) FILTER (WHERE visitor_contract) AS contract, count(*) FILTER (WHERE visitor_information) AS information,
        count(*) FILTER (WHERE visitor_meeting) AS meeting, count(*) FILTER (WHERE visitor_feedback) AS feedback,
        count(*) FILTER (WHERE visitor_other) AS other
    FROM filtered
    GROUP BY month, unit_code
)

SELECT c.month, c.unit_code, u.abbr AS unit_abbr, u.name_th AS unit_name_th, c.responses,
       c.contract, c.information, c.meeting, c.feedback, c.other
FROM counts AS c
LEFT JOIN units AS u ON u.code = c.unit_code
