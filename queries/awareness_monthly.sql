-- Monthly awareness rate per channel with Wilson 95% intervals. Every month in the range appears;
-- a month without answers has NULL rate (a gap in the chart, never a zero).
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH months AS (
    SELECT CAST(m AS DATE) AS month
    FROM range(date_trunc('month', $start::DATE), $end::DATE + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
),

filtered AS (
    SELECT date_trunc('month', submitted_date) AS month, aware_news, aware_contact, aware_complaint
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

counts AS (
    SELECT
        month,
        count_if(aware_news)::BIGINT AS news_aware, count_if(NOT aware_news)::BIGINT AS news_unaware,
        count_if(aware_contact)::BIGINT AS contact_aware, count_if(NOT aware_contact)::BIGINT AS contact_unaware,
        count_if(aware_complaint)::BIGINT AS complaint_aware, count_if(NOT aware_complaint)::BIGINT AS complaint_unaware
    FROM filtered
    GROUP BY month
),

per_channel AS (
    SELECT month, 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT month, 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT month, 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

grid AS (
    SELECT months.month, c.ord, c.channel
    FROM months CROSS JOIN (VALUES (1, 'news'), (2, 'contact'), (3, 'complaint')) AS c(ord, channel)
),

final AS (
    SELECT
        grid.month, grid.ord, grid.channel,
        coalesce(p.aware, 0) AS aware, coalesce(p.unaware, 0) AS unaware,
        coalesce(p.aware + p.unaware, 0) AS total,
        p.aware / nullif(p.aware + p.unaware, 0) AS rate
    FROM grid LEFT JOIN per_channel AS p USING (month, channel)
)

SELECT
    month, channel, aware, unaware, total, rate,
    wilson_low(aware, total) AS ci_low,
    wilson_high(aware, total) AS ci_high
FROM final
ORDER BY month, ord
