-- Awareness rate per channel (the survey's three yes/no items) with Wilson 95% intervals.
-- A rate is aware / (aware + unaware); blank answers count in neither.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
WITH filtered AS (
    SELECT aware_news, aware_contact, aware_complaint
    FROM responses
    WHERE submitted_date BETWEEN $start::DATE AND $end::DATE
      AND ($units::VARCHAR[] IS NULL OR list_contains($units::VARCHAR[], unit_code))
      AND ($visitor_type::VARCHAR IS NULL OR CASE $visitor_type::VARCHAR
            WHEN 'contract' THEN visitor_contract WHEN 'information' THEN visitor_information
            WHEN 'meeting' THEN visitor_meeting WHEN 'feedback' THEN visitor_feedback
            WHEN 'other' THEN visitor_other END)
),

counts AS (
    -- count(*) FILTER, not count_if: count_if is NULL, not 0, when no row (or only blanks) match
    SELECT
        count(*) FILTER (WHERE aware_news) AS news_aware, count(*) FILTER (WHERE NOT aware_news) AS news_unaware,
        count(*) FILTER (WHERE aware_contact) AS contact_aware, count(*) FILTER (WHERE NOT aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE aware_complaint) AS complaint_aware, count(*) FILTER (WHERE NOT aware_complaint) AS complaint_unaware
    FROM filtered
),

per_channel AS (
    SELECT 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

final AS (
    SELECT
        ord, channel, aware, unaware, aware + unaware AS total,
        aware / nullif(aware + unaware, 0) AS rate,
        1.959964 AS z
    FROM per_channel
)

SELECT
    channel, aware, unaware, total, rate,
    (rate + z * z / (2 * total) - z * sqrt(rate * (1 - rate) / total + z * z / (4 * total * total)))
        / (1 + z * z / total) AS ci_low,
    (rate + z * z / (2 * total) + z * sqrt(rate * (1 - rate) / total + z * z / (4 * total * total)))
        / (1 + z * z / total) AS ci_high
FROM final
ORDER BY ord
