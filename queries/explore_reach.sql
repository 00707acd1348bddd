-- Monthly social-media figures (month × platform × metric) in the period, for the explorer and
-- exports. When two sources give the same figure, the latest load counts (as on the reach page).
-- params:
--   start: date -- first day of the period, inclusive (its month counts)
--   end: date -- last day of the period, inclusive
SELECT month, platform, metric, value, source, is_demo
FROM reach_resolved  -- the latest load of each month, platform and metric (resolved at publish)
WHERE month BETWEEN date_trunc('month', $start::DATE) AND $end::DATE
