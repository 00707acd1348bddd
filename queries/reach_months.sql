-- The months that have social-media figures inside the period, newest first, with how many
-- platforms have a figure (any metric) and a reach figure. Drives the reach page's month picker.
-- When two sources give a figure for the same month, platform and metric, the latest load counts.
-- params:
--   start: date -- first day of the period, inclusive (its month counts)
--   end: date -- last day of the period, inclusive
WITH resolved AS (
    SELECT month, platform, metric, value, is_demo
    FROM reach
    QUALIFY row_number() OVER (PARTITION BY month, platform, metric
        -- a month's reach summed from daily exports counts a person once per day: a monthly figure wins
        ORDER BY metric = 'reach' AND source IN ('meta-business-suite', 'youtube-studio', 'tiktok-studio',
            'daily-export'), batch_id DESC, source) = 1
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
