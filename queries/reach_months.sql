-- The months that have social-media figures inside the period, newest first, with how many
-- platforms have a figure (any metric) and a reach figure. Drives the reach page's month picker.
-- When two sources give a figure for the same month, platform and metric, the latest load counts.
-- params:
--   start: date -- first day of the period, inclusive (its month counts)
--   end: date -- last day of the period, inclusive
WITH resolved AS (
    SELECT month, platform, metric, value, is_demo
    FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
),

final AS (
    SELECT
        month,
        count(DISTINCT platform) AS platforms,
        count(*) FILTER (WHERE metric = 'reach') AS reach_platforms,
        bool_or(is_demo) AS is_demo
    FROM resolved
    WHERE month BETWEEN date_trunc('month', $start::DATE) AND $end::DATE
    GROUP BY month
)

SELECT month, platforms, reach_platforms, is_demo
FROM final
ORDER BY month DESC
