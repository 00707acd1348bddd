-- The three items' awareness rates per visitor type, with Wilson 95% intervals. A response that
-- ticked several types counts in each of them; responses = how many ticked the type.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type (their other types still show)
WITH filtered AS (
    SELECT visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other,
           aware_news, aware_contact, aware_complaint
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
),

typed AS (
    SELECT 'contract' AS visitor_type, aware_news, aware_contact, aware_complaint FROM filtered WHERE visitor_contract
    UNION ALL SELECT 'information', aware_news, aware_contact, aware_complaint FROM filtered WHERE visitor_information
    UNION ALL SELECT 'meeting', aware_news, aware_contact, aware_complaint FROM filtered WHERE visitor_meeting
    UNION ALL SELECT 'feedback', aware_news, aware_contact, aware_complaint FROM filtered WHERE visitor_feedback
    UNION ALL SELECT 'other', aware_news, aware_contact, aware_complaint FROM filtered WHERE visitor_other
),

types AS (
    SELECT * FROM (VALUES (1, 'contract'), (2, 'information'), (3, 'meeting'), (4, 'feedback'), (5, 'other'))
        AS v(t_ord, visitor_type)
),

counts AS (
    SELECT
        types.t_ord, types.visitor_type,
        count(typed.visitor_type) AS responses,
        count(*) FILTER (WHERE typed.aware_news) AS news_aware, count(*) FILTER (WHERE NOT typed.aware_news) AS news_unaware,
        count(*) FILTER (WHERE typed.aware_contact) AS contact_aware, count(*) FILTER (WHERE NOT typed.aware_contact) AS contact_unaware,
        count(*) FILTER (WHERE typed.aware_complaint) AS complaint_aware, count(*) FILTER (WHERE NOT typed.aware_complaint) AS complaint_unaware
    FROM types
    LEFT JOIN typed USING (visitor_type)
    GROUP BY ALL
),

per_channel AS (
    SELECT t_ord, visitor_type, responses, 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT t_ord, visitor_type, responses, 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT t_ord, visitor_type, responses, 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

final AS (
    SELECT *, aware + unaware AS total, aware / nullif(aware + unaware, 0) AS rate
    FROM per_channel
)

SELECT
    visitor_type, channel, responses, aware, unaware, total, rate,
    wilson_low(aware, total) AS ci_low,
    wilson_high(aware, total) AS ci_high
FROM final
ORDER BY t_ord, ord
