-- The span of the survey data and whether it is demo data: drives the default filter and the badge.
-- params: none
SELECT
    min(submitted_date) AS first_date,
    max(submitted_date) AS last_date,
    (SELECT coalesce(any_value(value) = 'true', false) FROM meta WHERE key = 'demo') AS is_demo,
    count(*) AS responses
FROM responses
