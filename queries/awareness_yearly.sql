-- The survey's awareness rate per fiscal year and item, with Wilson 95% intervals: the leading signal
-- shown beside the yearly indicator 7 score (our own survey, not a forecast of the NACC's score).
-- params: none
WITH counts AS (
    SELECT
        fiscal_year,
        coalesce(count_if(aware_news), 0)::BIGINT AS news_aware, coalesce(count_if(NOT aware_news), 0)::BIGINT AS news_unaware,
        coalesce(count_if(aware_contact), 0)::BIGINT AS contact_aware,
        coalesce(count_if(NOT aware_contact), 0)::BIGINT AS contact_unaware,
        coalesce(count_if(aware_complaint), 0)::BIGINT AS complaint_aware,
        coalesce(count_if(NOT aware_complaint), 0)::BIGINT AS complaint_unaware
    FROM responses
    GROUP BY fiscal_year
),

per_channel AS (
    SELECT fiscal_year, 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT fiscal_year, 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT fiscal_year, 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

final AS (
    SELECT fiscal_year, ord, channel, aware, unaware, aware + unaware AS total,
           aware / nullif(aware + unaware, 0) AS rate
    FROM per_channel
)

SELECT
    fiscal_year, channel, aware, unaware, total, rate,
    wilson_low(aware, total) AS ci_low,
    wilson_high(aware, total) AS ci_high
FROM final
ORDER BY fiscal_year, ord
