-- Awareness per unit and item, with Wilson 95% intervals and a rank per item: 1 = the lowest rate.
-- Every unit (or every chosen unit) appears, even with no answers. A unit whose item has fewer than
-- min_n answers is marked few (ข้อมูลน้อย), gets no rank and is listed after every ranked unit, so a
-- handful of answers never outranks a unit with enough. Responses naming an unknown unit are left out.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
--   min_n: int -- fewer answers than this for an item = few responses, not ranked
WITH chosen AS (
    SELECT code AS unit_code, abbr, name_th, name_en, kind
    FROM units
    WHERE $units::VARCHAR[] IS NULL OR list_contains($units::VARCHAR[], code)
),

per_unit AS (
    -- counted per unit code first (one short key), then joined to the units: the group by no longer
    -- carries the units' names through every response
    SELECT unit_code, count(*) AS responses, awareness_counts(aware_news, aware_contact, aware_complaint) AS items
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    WHERE unit_code IS NOT NULL
    GROUP BY unit_code
),

rated AS (
    -- every chosen unit, one without answers as zero counts
    SELECT
        c.unit_code, c.abbr, c.name_th, c.name_en, c.kind, coalesce(f.responses, 0) AS responses,
        unnest(awareness_rated(coalesce(f.items, awareness_channels(0, 0, 0, 0, 0, 0))), recursive := true)
    FROM chosen AS c
    LEFT JOIN per_unit AS f USING (unit_code)
),

final AS (
    SELECT
        *,
        CASE WHEN NOT few THEN row_number() OVER (PARTITION BY channel, few ORDER BY rate, unit_code) END AS rank
    FROM (SELECT *, total < $min_n::INTEGER OR total = 0 AS few FROM rated)
)

SELECT
    channel, rank, unit_code, abbr, name_th, name_en, kind, responses,
    aware, unaware, total, rate, ci_low, ci_high, few
FROM final
ORDER BY ord, few, rank, total = 0, rate, unit_code
