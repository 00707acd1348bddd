-- Awareness counts and rates per month and unit (the survey's three items), for the explorer and
-- exports. A rate is aware / (aware + unaware); blank answers count in neither. Responses naming an
-- unknown unit are one row per month with an empty unit.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH counts AS (
    SELECT
        CAST(date_trunc('month', submitted_date) AS DATE) AS month, unit_code, count(*) AS responses,
        awareness_counts(aware_news, aware_contact, aware_complaint) AS items  -- news, contact, complaint
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    GROUP BY ALL
)

SELECT
    c.month, c.unit_code, u.abbr AS unit_abbr, u.name_th AS unit_name_th, c.responses,
    c.items[1].aware AS news_aware, c.items[1].unaware AS news_unaware, awareness_rate(c.items[1].aware, c.items[1].unaware) AS news_rate,
    c.items[2].aware AS contact_aware, c.items[2].unaware AS contact_unaware, awareness_rate(c.items[2].aware, c.items[2].unaware) AS contact_rate,
    c.items[3].aware AS complaint_aware, c.items[3].unaware AS complaint_unaware, awareness_rate(c.items[3].aware, c.items[3].unaware) AS complaint_rate
FROM counts AS c
LEFT JOIN units AS u ON u.code = c.unit_code
