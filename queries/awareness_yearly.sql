-- The survey's awareness rate per fiscal year and item, with Wilson 95% intervals: the leading signal
-- shown beside the yearly indicator 7 score (our own survey, not a forecast of the NACC's score).
-- params: none
WITH counts AS (
    SELECT fiscal_year, awareness_counts(aware_news, aware_contact, aware_complaint) AS items
    FROM responses
    GROUP BY fiscal_year
),

final AS (
    SELECT fiscal_year, unnest(awareness_rated(items), recursive := true) FROM counts
)

SELECT fiscal_year, channel, aware, unaware, total, rate, ci_low, ci_high
FROM final
ORDER BY fiscal_year, ord
