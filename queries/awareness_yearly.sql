-- The survey's awareness rate per fiscal year and item, with Wilson 95% intervals: the leading signal
-- shown beside the yearly indicator 7 score (our own survey, not a forecast of the NACC's score).
-- params: none
WITH counts AS (
    SELECT
        fiscal_year,
        count(*) FILTER (WHERE aware_news) AS news_aware, count(*) FILTER (WHERE NOT aware_news) AS news_unaware,
        count(*) FILTER (WHERE aware_contact) AS contact_aware,
        count(*) FILTER (WHERE NOT aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE aware_complaint) AS complaint_aware,
        count(*) FILTER (WHERE NOT aware_complaint) AS complaint_unaware
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
