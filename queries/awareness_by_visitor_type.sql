-- The three items' awareness rates per visitor type, with Wilson 95% intervals. A response that
-- ticked several types counts in each of them; responses = how many ticked the type.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- only responses that ticked this type (their other types still show)
WITH combos AS (
    -- one pass: the filtered responses counted per combination of ticked types and answers, under one
    -- small integer key (at most 2^5 x 3^3 = 864 groups; an unanswered item is 2), so the expansion
    -- to types below reads those few rows instead of every response five times
    SELECT
        visitor_contract::UTINYINT + 2 * visitor_information::UTINYINT + 4 * visitor_meeting::UTINYINT
            + 8 * visitor_feedback::UTINYINT + 16 * visitor_other::UTINYINT AS ticked,
        coalesce(aware_news::UTINYINT, 2) + 3 * coalesce(aware_contact::UTINYINT, 2)
            + 9 * coalesce(aware_complaint::UTINYINT, 2) AS answers,
        count(*) AS n
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    GROUP BY ticked, answers
),

types AS (
    SELECT * FROM (VALUES (1, 'contract', 1), (2, 'information', 2), (3, 'meeting', 4), (4, 'feedback', 8), (5, 'other', 16))
        AS v(t_ord, visitor_type, bit)
),

counts AS (
    SELECT
        types.t_ord, types.visitor_type,
        coalesce(sum(c.n), 0)::BIGINT AS responses,
        coalesce(sum(c.n) FILTER (WHERE c.answers % 3 = 1), 0)::BIGINT AS news_aware,
        coalesce(sum(c.n) FILTER (WHERE c.answers % 3 = 0), 0)::BIGINT AS news_unaware,
        coalesce(sum(c.n) FILTER (WHERE c.answers // 3 % 3 = 1), 0)::BIGINT AS contact_aware,
        coalesce(sum(c.n) FILTER (WHERE c.answers // 3 % 3 = 0), 0)::BIGINT AS contact_unaware,
        coalesce(sum(c.n) FILTER (WHERE c.answers // 9 = 1), 0)::BIGINT AS complaint_aware,
        coalesce(sum(c.n) FILTER (WHERE c.answers // 9 = 0), 0)::BIGINT AS complaint_unaware
    FROM types
    LEFT JOIN combos AS c ON c.ticked & types.bit <> 0
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
