-- One month's figures per platform and metric against the month before and the same month a year
-- earlier: the table of the reach page and of the monthly report. A platform appears when it has a
-- figure in any of the three months; a metric row when it has a value in any of them. Missing
-- values are NULL, never 0; changes are NULL when either side is missing. engagement_rate is
-- engagement / reach (its diff columns are percentage points). The latest load counts.
-- params:
--   month: date -- any day of the month reported
WITH resolved AS (
    SELECT month, platform, metric, value, source
    FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
),

periods AS (
    SELECT
        CAST(date_trunc('month', $month::DATE) AS DATE) AS cur,
        CAST(date_trunc('month', $month::DATE) - INTERVAL 1 MONTH AS DATE) AS prev,
        CAST(date_trunc('month', $month::DATE) - INTERVAL 1 YEAR AS DATE) AS ly
),

rates AS (
    SELECT e.month, e.platform, 'engagement_rate' AS metric, e.value / nullif(r.value, 0) AS value,
        NULL::VARCHAR AS source
    FROM resolved AS e
    JOIN resolved AS r ON r.month = e.month AND r.platform = e.platform AND r.metric = 'reach'
    WHERE e.metric = 'engagement'
),

figures AS (
    SELECT * FROM resolved WHERE month IN (SELECT cur FROM periods UNION ALL SELECT prev FROM periods
        UNION ALL SELECT ly FROM periods)
    UNION ALL BY NAME
    SELECT * FROM rates
),

metrics AS (
    SELECT * FROM (VALUES (1, 'reach'), (2, 'views'), (3, 'engagement'), (4, 'engagement_rate'),
        (5, 'followers'), (6, 'new_followers'), (7, 'profile_visits'), (8, 'link_clicks'), (9, 'posts'))
        AS m(metric_ord, metric)
),

grid AS (
    SELECT DISTINCT f.platform, m.metric_ord, m.metric
    FROM figures AS f, periods, metrics AS m
    WHERE f.month IN (periods.cur, periods.prev, periods.ly) AND f.metric = m.metric
),

final AS (
    SELECT
        grid.platform, grid.metric, grid.metric_ord,
        platform_ord(grid.platform) AS ord,
        cur.value, prev.value AS prev_value, ly.value AS ly_value, cur.source
    FROM grid
    CROSS JOIN periods
    LEFT JOIN figures AS cur ON cur.month = periods.cur AND cur.platform = grid.platform AND cur.metric = grid.metric
    LEFT JOIN figures AS prev ON prev.month = periods.prev AND prev.platform = grid.platform AND prev.metric = grid.metric
    LEFT JOIN figures AS ly ON ly.month = periods.ly AND ly.platform = grid.platform AND ly.metric = grid.metric
)

SELECT
    platform, metric, value, prev_value,
    value - prev_value AS mom_diff,
    value / nullif(prev_value, 0) - 1 AS mom_change,
    ly_value,
    value - ly_value AS yoy_diff,
    value / nullif(ly_value, 0) - 1 AS yoy_change,
    source
FROM final
ORDER BY ord, platform, metric_ord
