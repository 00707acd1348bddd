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
    -- count_if, coalesced: count_if is NULL, not 0, when no row (or only blanks) match; it is 2-4x faster
    -- than count(*) FILTER at millions of rows (bench/RESULTS.md)
    SELECT
        coalesce(count_if(aware_news), 0)::BIGINT AS news_aware, coalesce(count_if(NOT aware_news), 0)::BIGINT AS news_unaware,
        coalesce(count_if(aware_contact), 0)::BIGINT AS contact_aware, coalesce(count_if(NOT aware_contact), 0)::BIGINT AS contact_unaware,
        coalesce(count_if(aware_complaint), 0)::BIGINT AS complaint_aware, coalesce(count_if(NOT aware_complaint), 0)::BIGINT AS complaint_unaware
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
