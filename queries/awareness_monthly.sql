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

counts AS (
    SELECT
        date_trunc('month', submitted_date) AS month,
        awareness_counts(aware_news, aware_contact, aware_complaint) AS items
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    GROUP BY month
),

final AS (
    -- every month, a month without answers as zero counts (its rate and interval NULL: a gap)
    SELECT months.month, unnest(awareness_rated(coalesce(c.items, awareness_channels(0, 0, 0, 0, 0, 0))), recursive := true)
    FROM months
    LEFT JOIN counts AS c USING (month)
)

SELECT month, channel, aware, unaware, total, rate, ci_low, ci_high
FROM final
ORDER BY month, ord
