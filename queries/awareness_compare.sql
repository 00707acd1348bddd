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
    -- counts per day and item first, over only the days some period covers (the earliest period start
    -- is one of the two computed from $start below; the latest end is $end): the range join then reads
    -- ~3,000 rows
    SELECT submitted_date AS d, unnest(awareness_counts(aware_news, aware_contact, aware_complaint), recursive := true)
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

items AS (
    -- one row per item (awareness_channels with zero counts), so a period with no answers still has its three
    SELECT unnest(awareness_channels(0, 0, 0, 0, 0, 0), recursive := true)
),

counts AS (
    -- every period and item gets a row (LEFT JOIN), with 0, not NULL, counts when nothing matches
    SELECT
        p.period, p.p_start, p.p_end, i.ord, i.channel,
        coalesce(sum(d.aware), 0)::BIGINT AS aware, coalesce(sum(d.unaware), 0)::BIGINT AS unaware
    FROM periods AS p
    CROSS JOIN items AS i
    LEFT JOIN daily AS d ON d.d BETWEEN p.p_start AND p.p_end AND d.ord = i.ord
    GROUP BY p.period, p.p_start, p.p_end, i.ord, i.channel
),

rated AS (
    SELECT period, p_start, p_end, unnest(awareness_rating(ord, channel, aware, unaware)) FROM counts
),

final AS (
    SELECT
        cur.ord, cur.channel, cur.aware, cur.unaware, cur.total, cur.rate, cur.ci_low, cur.ci_high,
        prev.p_start AS prev_start, prev.p_end AS prev_end, prev.total AS prev_total, prev.rate AS prev_rate,
        yoy.p_start AS yoy_start, yoy.p_end AS yoy_end, yoy.total AS yoy_total, yoy.rate AS yoy_rate
    FROM rated AS cur
    JOIN rated AS prev ON prev.ord = cur.ord AND prev.period = 'previous'
    JOIN rated AS yoy ON yoy.ord = cur.ord AND yoy.period = 'year_before'
    WHERE cur.period = 'current'
)

SELECT
    channel, aware, unaware, total, rate, ci_low, ci_high,
    prev_start, prev_end, prev_total, prev_rate, rate - prev_rate AS change_prev,
    yoy_start, yoy_end, yoy_total, yoy_rate, rate - yoy_rate AS change_yoy
FROM final
ORDER BY ord
