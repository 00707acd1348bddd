-- The three items' rates in the period, against the previous period of the same length and the same
-- period a year before, with Wilson 95% intervals; changes are rate differences (0.031 = +3.1 points),
-- NULL when either side has no answers. A period of whole months is compared with whole months
-- (FY round 6, Oct-Mar, against Apr-Sep before it); any other period with the same number of days.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH shape AS (
    SELECT
        $start::DATE AS s,
        $end::DATE AS e,
        day($start::DATE) = 1 AND $end::DATE = last_day($end::DATE) AS whole_months,
        datediff('month', $start::DATE, $end::DATE) + 1 AS months,
        datediff('day', $start::DATE, $end::DATE) + 1 AS days
),

periods AS (
    SELECT 1 AS p_ord, 'current' AS period, s AS p_start, e AS p_end FROM shape
    UNION ALL
    SELECT
        2, 'previous',
        CAST(CASE WHEN whole_months THEN s - to_months(months) ELSE s - to_days(days) END AS DATE),
        CAST(s - INTERVAL 1 DAY AS DATE)
    FROM shape
    UNION ALL
    SELECT
        3, 'year_before',
        CAST(s - INTERVAL 1 YEAR AS DATE),
        CASE WHEN whole_months THEN last_day(e - INTERVAL 1 YEAR) ELSE CAST(e - INTERVAL 1 YEAR AS DATE) END
    FROM shape
),

filtered AS (
    SELECT p.period, r.aware_news, r.aware_contact, r.aware_complaint
    FROM periods AS p
    JOIN responses AS r ON r.submitted_date BETWEEN p.p_start AND p.p_end
    WHERE ($units::VARCHAR[] IS NULL OR list_contains($units::VARCHAR[], r.unit_code))
      AND ($visitor_type::VARCHAR IS NULL OR CASE $visitor_type::VARCHAR
            WHEN 'contract' THEN r.visitor_contract WHEN 'information' THEN r.visitor_information
            WHEN 'meeting' THEN r.visitor_meeting WHEN 'feedback' THEN r.visitor_feedback
            WHEN 'other' THEN r.visitor_other END)
),

counts AS (
    -- every period gets a row (LEFT JOIN), and count(*) FILTER gives 0, not NULL, when nothing matches
    SELECT
        p.p_ord, p.period, p.p_start, p.p_end,
        count(*) FILTER (WHERE f.aware_news) AS news_aware, count(*) FILTER (WHERE NOT f.aware_news) AS news_unaware,
        count(*) FILTER (WHERE f.aware_contact) AS contact_aware, count(*) FILTER (WHERE NOT f.aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE f.aware_complaint) AS complaint_aware, count(*) FILTER (WHERE NOT f.aware_complaint) AS complaint_unaware
    FROM periods AS p
    LEFT JOIN filtered AS f USING (period)
    GROUP BY ALL
),

per_channel AS (
    SELECT period, p_start, p_end, 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT period, p_start, p_end, 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT period, p_start, p_end, 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

rated AS (
    SELECT *, aware + unaware AS total, aware / nullif(aware + unaware, 0) AS rate
    FROM per_channel
),

wilson AS (
    SELECT
        *,
        wilson_low(aware, total) AS ci_low,
        wilson_high(aware, total) AS ci_high
    FROM rated
),

final AS (
    SELECT
        ord, channel,
        any_value(aware) FILTER (WHERE period = 'current') AS aware,
        any_value(unaware) FILTER (WHERE period = 'current') AS unaware,
        any_value(total) FILTER (WHERE period = 'current') AS total,
        any_value(rate) FILTER (WHERE period = 'current') AS rate,
        any_value(ci_low) FILTER (WHERE period = 'current') AS ci_low,
        any_value(ci_high) FILTER (WHERE period = 'current') AS ci_high,
        any_value(p_start) FILTER (WHERE period = 'previous') AS prev_start,
        any_value(p_end) FILTER (WHERE period = 'previous') AS prev_end,
        any_value(total) FILTER (WHERE period = 'previous') AS prev_total,
        any_value(rate) FILTER (WHERE period = 'previous') AS prev_rate,
        any_value(p_start) FILTER (WHERE period = 'year_before') AS yoy_start,
        any_value(p_end) FILTER (WHERE period = 'year_before') AS yoy_end,
        any_value(total) FILTER (WHERE period = 'year_before') AS yoy_total,
        any_value(rate) FILTER (WHERE period = 'year_before') AS yoy_rate
    FROM wilson
    GROUP BY ord, channel
)

SELECT
    channel, aware, unaware, total, rate, ci_low, ci_high,
    prev_start, prev_end, prev_total, prev_rate, rate - prev_rate AS change_prev,
    yoy_start, yoy_end, yoy_total, yoy_rate, rate - yoy_rate AS change_yoy
FROM final
ORDER BY ord
