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

daily AS (
    -- counts per day first, over only the days some period covers (the earliest period start is one of
    -- the two computed from $start below; the latest end is $end): the range join then reads ~1,000 rows
    SELECT
        submitted_date AS d,
        count_if(aware_news)::BIGINT AS news_aware, count(aware_news) - count_if(aware_news)::BIGINT AS news_unaware,
        count_if(aware_contact)::BIGINT AS contact_aware, count(aware_contact) - count_if(aware_contact)::BIGINT AS contact_unaware,
        count_if(aware_complaint)::BIGINT AS complaint_aware, count(aware_complaint) - count_if(aware_complaint)::BIGINT AS complaint_unaware
    FROM survey_responses(
        least(
            CAST($start::DATE - INTERVAL 1 YEAR AS DATE),
            CAST(CASE WHEN day($start::DATE) = 1 AND $end::DATE = last_day($end::DATE)
                THEN $start::DATE - to_months(datediff('month', $start::DATE, $end::DATE) + 1)
                ELSE $start::DATE - to_days(datediff('day', $start::DATE, $end::DATE) + 1) END AS DATE)
        ),
        $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR
    )
    GROUP BY submitted_date
),

counts AS (
    -- every period gets a row (LEFT JOIN), and coalesce gives 0, not NULL, when nothing matches
    SELECT
        p.p_ord, p.period, p.p_start, p.p_end,
        coalesce(sum(d.news_aware), 0)::BIGINT AS news_aware, coalesce(sum(d.news_unaware), 0)::BIGINT AS news_unaware,
        coalesce(sum(d.contact_aware), 0)::BIGINT AS contact_aware, coalesce(sum(d.contact_unaware), 0)::BIGINT AS contact_unaware,
        coalesce(sum(d.complaint_aware), 0)::BIGINT AS complaint_aware, coalesce(sum(d.complaint_unaware), 0)::BIGINT AS complaint_unaware
    FROM periods AS p
    LEFT JOIN daily AS d ON d.d BETWEEN p.p_start AND p.p_end
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
