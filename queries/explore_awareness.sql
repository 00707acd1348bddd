-- Awareness counts and rates per month and unit (the survey's three items), for the explorer and
-- exports. A rate is aware / (aware + unaware); blank answers count in neither. Responses naming an
-- unknown unit are one row per month with an empty unit.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH filtered AS (
    SELECT CAST(date_trunc('month', submitted_date) AS DATE) AS month, unit_code,
           aware_news, aware_contact, aware_complaint
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

counts AS (
    SELECT
        month, unit_code, count(*) AS responses,
        count(*) FILTER (WHERE aware_news) AS news_aware, count(*) FILTER (WHERE NOT aware_news) AS news_unaware,
        count(*) FILTER (WHERE aware_contact) AS contact_aware, count(*) FILTER (WHERE NOT aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE aware_complaint) AS complaint_aware, count(*) FILTER (WHERE NOT aware_complaint) AS complaint_unaware
    FROM filtered
    GROUP BY month, unit_code
)

SELECT
    c.month, c.unit_code, u.abbr AS unit_abbr, u.name_th AS unit_name_th, c.responses,
    c.news_aware, c.news_unaware, c.news_aware / nullif(c.news_aware + c.news_unaware, 0) AS news_rate,
    c.contact_aware, c.contact_unaware,
    c.contact_aware / nullif(c.contact_aware + c.contact_unaware, 0) AS contact_rate,
    c.complaint_aware, c.complaint_unaware,
    c.complaint_aware / nullif(c.complaint_aware + c.complaint_unaware, 0) AS complaint_rate
FROM counts AS c
LEFT JOIN units AS u ON u.code = c.unit_code
