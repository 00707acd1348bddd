-- The span of the survey data and whether it is demo data: drives the default filter and the badge.
-- data_first / data_last span every dated table (survey, reach months, submissions' fiscal years), so the fiscal-year
-- list reaches a year that so far has only reach figures or reports.
-- params: none
WITH survey AS (
    SELECT
        min(submitted_date) AS first_date,
        max(submitted_date) AS last_date,
        count(*) AS responses
    FROM responses
),

dated AS (
    SELECT first_date AS d FROM survey
    UNION ALL SELECT last_date FROM survey
    UNION ALL SELECT min(month) FROM reach
    UNION ALL SELECT last_day(max(month)) FROM reach
    -- a report counts for the fiscal year it reports on, not the (possibly later) day it arrived
    UNION ALL SELECT make_date(min(fiscal_year) - 544, 10, 1) FROM submissions
    UNION ALL SELECT make_date(max(fiscal_year) - 543, 9, 30) FROM submissions
),

final AS (
    SELECT
        s.first_date,
        s.last_date,
        (SELECT coalesce(any_value(value) = 'true', false) FROM meta WHERE key = 'demo') AS is_demo,
        s.responses,
        (SELECT min(d) FROM dated) AS data_first,
        (SELECT max(d) FROM dated) AS data_last
    FROM survey AS s
)

SELECT first_date, last_date, is_demo, responses, data_first, data_last
FROM final
