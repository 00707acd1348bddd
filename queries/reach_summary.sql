-- A month's total reach (the sum of each platform's reach: one person may count on several
-- platforms) against the month before and the same month a year earlier. Three rows: current,
-- prev_month, last_year. Each names the platforms its total includes; changes compare like with
-- like, only the platforms with a reach figure in both months (common_platforms). missing_platforms
-- (current row) lists platforms with reach in the 12 months before but none this month.
-- params:
--   month: date -- any day of the month reported
WITH resolved AS (
    SELECT month, platform, metric, value, is_demo
    FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
),

periods AS (
    SELECT * FROM (VALUES (1, 'current', 0), (2, 'prev_month', 1), (3, 'last_year', 12)) AS p(ord, comparison, back)
),

reach_rows AS (
    SELECT month, platform, value, is_demo,
        platform_ord(platform) AS platform_ord
    FROM resolved
    WHERE metric = 'reach'
),

cur AS (
    SELECT * FROM reach_rows WHERE month = CAST(date_trunc('month', $month::DATE) AS DATE)
),

bases AS (
    SELECT p.ord, p.comparison, CAST(date_trunc('month', $month::DATE) - to_months(p.back) AS DATE) AS month
    FROM periods AS p
),

totals AS (
    SELECT
        b.ord, b.comparison, b.month,
        sum(r.value) AS reach_total,
        string_agg(r.platform, ',' ORDER BY r.platform_ord, r.platform) AS platforms,
        count(r.platform) AS n_platforms,
        string_agg(r.platform, ',' ORDER BY r.platform_ord, r.platform) FILTER (WHERE c.platform IS NOT NULL)
            AS common_platforms,
        sum(c.value) AS current_common,
        sum(r.value) FILTER (WHERE c.platform IS NOT NULL) AS base_common,
        bool_or(r.is_demo) AS is_demo
    FROM bases AS b
    LEFT JOIN reach_rows AS r ON r.month = b.month
    LEFT JOIN cur AS c ON c.platform = r.platform
    GROUP BY b.ord, b.comparison, b.month
),

missing AS (
    SELECT string_agg(DISTINCT platform, ',' ORDER BY platform) AS missing_platforms
    FROM reach_rows
    WHERE month BETWEEN CAST(date_trunc('month', $month::DATE) - INTERVAL 12 MONTH AS DATE)
        AND CAST(date_trunc('month', $month::DATE) - INTERVAL 1 MONTH AS DATE)
      AND platform NOT IN (SELECT platform FROM cur)
),

final AS (
    SELECT
        t.*,
        CASE WHEN t.comparison <> 'current' THEN t.current_common / nullif(t.base_common, 0) - 1 END AS change,
        CASE WHEN t.comparison = 'current' THEN m.missing_platforms END AS missing_platforms
    FROM totals AS t
    CROSS JOIN missing AS m
)

SELECT
    comparison, month, reach_total, platforms, n_platforms, common_platforms, current_common, base_common,
    change, missing_platforms, coalesce(is_demo, false) AS is_demo
FROM final
ORDER BY ord
