-- Awareness rate per channel (the survey's three yes/no items) with Wilson 95% intervals.
-- A rate is aware / (aware + unaware); blank answers count in neither.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH filtered AS (
    SELECT aware_news, aware_contact, aware_complaint
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

counts AS (
    -- count(*) FILTER, not count_if: count_if is NULL, not 0, when no row (or only blanks) match
    SELECT
        count(*) FILTER (WHERE aware_news) AS news_aware, count(*) FILTER (WHERE NOT aware_news) AS news_unaware,
        count(*) FILTER (WHERE aware_contact) AS contact_aware, count(*) FILTER (WHERE NOT aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE aware_complaint) AS complaint_aware, count(*) FILTER (WHERE NOT aware_complaint) AS complaint_unaware
    FROM filtered
),

per_channel AS (
    SELECT 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

final AS (
    SELECT
        ord, channel, aware, unaware, aware + unaware AS total,
        aware / nullif(aware + unaware, 0) AS rate
    FROM per_channel
)

SELECT
    channel, aware, unaware, total, rate,
    wilson_low(aware, total) AS ci_low,
    wilson_high(aware, total) AS ci_high
FROM final
ORDER BY ord
