-- Social-media figures per month and platform over a period, one row per month and platform: every
-- month in the period and every platform with a figure in it appear; a missing figure is NULL (a
-- gap), never 0. Engagement rate = engagement / reach (where both are known); follower growth =
-- followers minus the previous month's followers. The latest load counts when sources disagree.
-- params:
--   start: date -- first day of the period, inclusive (its month counts)
--   end: date -- last day of the period, inclusive
WITH resolved AS (
    SELECT month, platform, metric, value
    FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
),

months AS (
    SELECT CAST(m AS DATE) AS month
    FROM range(date_trunc('month', $start::DATE), $end::DATE + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
),

pivoted AS (
    SELECT
        month, platform,
        max(value) FILTER (WHERE metric = 'reach') AS reach,
        max(value) FILTER (WHERE metric = 'views') AS views,
        max(value) FILTER (WHERE metric = 'engagement') AS engagement,
        max(value) FILTER (WHERE metric = 'followers') AS followers,
        max(value) FILTER (WHERE metric = 'posts') AS posts
    FROM resolved
    GROUP BY month, platform
),

platforms AS (
    SELECT DISTINCT platform FROM pivoted WHERE month IN (SELECT month FROM months)
),

final AS (
    SELECT
        months.month,
        platforms.platform,
        platform_ord(platforms.platform) AS ord,
        p.reach, p.views, p.engagement, p.followers, p.posts,
        p.engagement / nullif(p.reach, 0) AS engagement_rate,
        p.followers - prev.followers AS follower_growth
    FROM months
    CROSS JOIN platforms
    LEFT JOIN pivoted AS p ON p.month = months.month AND p.platform = platforms.platform
    LEFT JOIN pivoted AS prev
        ON prev.month = CAST(months.month - INTERVAL 1 MONTH AS DATE) AND prev.platform = platforms.platform
)

SELECT month, platform, reach, views, engagement, followers, posts, engagement_rate, follower_growth
FROM final
ORDER BY month, ord, platform
