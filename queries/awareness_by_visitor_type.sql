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
    -- to types below reads those few rows instead of every response five times. The bits follow the
    -- order of per_visitor_type (etl/schema.sql): contract 1, information 2, meeting 4, feedback 8, other 16
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
    SELECT unnest(per_visitor_type(1, 2, 4, 8, 16), recursive := true)  -- value = the type's bit
),

counts AS (
    SELECT
        types.ord AS t_ord, types.visitor_type,
        coalesce(sum(c.n), 0)::BIGINT AS responses,
        awareness_channels(
            coalesce(sum(c.n) FILTER (WHERE c.answers % 3 = 1), 0), coalesce(sum(c.n) FILTER (WHERE c.answers % 3 = 0), 0),
            coalesce(sum(c.n) FILTER (WHERE c.answers // 3 % 3 = 1), 0), coalesce(sum(c.n) FILTER (WHERE c.answers // 3 % 3 = 0), 0),
            coalesce(sum(c.n) FILTER (WHERE c.answers // 9 = 1), 0), coalesce(sum(c.n) FILTER (WHERE c.answers // 9 = 0), 0)
        ) AS items
    FROM types
    LEFT JOIN combos AS c ON c.ticked & types.value <> 0
    GROUP BY types.ord, types.visitor_type
),

final AS (
    SELECT t_ord, visitor_type, responses, unnest(awareness_rated(items), recursive := true) FROM counts
)

SELECT visitor_type, channel, responses, aware, unaware, total, rate, ci_low, ci_high
FROM final
ORDER BY t_ord, ord
