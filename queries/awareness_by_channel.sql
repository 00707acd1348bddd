-- Awareness rate per channel (the survey's three yes/no items) with Wilson 95% intervals.
-- A rate is aware / (aware + unaware); blank answers count in neither.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH counts AS (
    -- one pass over the filtered responses (awareness_counts: etl/schema.sql)
    SELECT awareness_counts(aware_news, aware_contact, aware_complaint) AS items
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

final AS (
    SELECT unnest(awareness_rated(items), recursive := true) FROM counts
)

SELECT channel, aware, unaware, total, rate, ci_low, ci_high
FROM final
ORDER BY ord
