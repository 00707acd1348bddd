-- The newest month with social-media figures up to a day (the overview's reach card reports it), with
-- how many platforms have a figure (any metric) and a reach figure. No row when there is none.
-- The latest load counts, as on the reach page.
-- params:
--   as_of: date -- the last day that may count (its month counts)
WITH latest AS (
    SELECT max(month) AS month
    FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
    WHERE month <= $as_of::DATE
),

final AS (
    SELECT
        r.month,
        count(DISTINCT r.platform) AS platforms,
        count(*) FILTER (WHERE r.metric = 'reach') AS reach_platforms,
        bool_or(r.is_demo) AS is_demo
    FROM reach_resolved AS r
    JOIN latest USING (month)
    GROUP BY r.month
)

SELECT month, platforms, reach_platforms, is_demo
FROM final
