-- Monthly social-media figures (month × platform × metric) in the period, for the explorer and
-- exports. When two sources give the same figure, the latest load counts (as on the reach page).
-- params:
--   start: date -- first day of the period, inclusive (its month counts)
--   end: date -- last day of the period, inclusive
SELECT month, platform, metric, value, source, is_demo
FROM reach
WHERE month BETWEEN date_trunc('month', $start::DATE) AND $end::DATE
QUALIFY row_number() OVER (PARTITION BY month, platform, metric
        -- a month's reach summed from daily exports counts a person once per day: a monthly figure wins
        ORDER BY metric = 'reach' AND source IN ('meta-business-suite', 'youtube-studio', 'tiktok-studio',
            'daily-export'), batch_id DESC, source) = 1
