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
    SELECT
        unit_code,
        count(*) AS responses,
        -- plain aggregates, no FILTER: unaware = answered - aware (count skips the blank answers)
        count_if(aware_news)::BIGINT AS news_aware, count(aware_news) - count_if(aware_news)::BIGINT AS news_unaware,
        count_if(aware_contact)::BIGINT AS contact_aware, count(aware_contact) - count_if(aware_contact)::BIGINT AS contact_unaware,
        count_if(aware_complaint)::BIGINT AS complaint_aware,
        count(aware_complaint) - count_if(aware_complaint)::BIGINT AS complaint_unaware
    FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR)
    WHERE unit_code IS NOT NULL
    GROUP BY unit_code
),

counts AS (
    SELECT
        c.unit_code, c.abbr, c.name_th, c.name_en, c.kind,
        coalesce(f.responses, 0) AS responses,
        coalesce(f.news_aware, 0) AS news_aware, coalesce(f.news_unaware, 0) AS news_unaware,
        coalesce(f.contact_aware, 0) AS contact_aware, coalesce(f.contact_unaware, 0) AS contact_unaware,
        coalesce(f.complaint_aware, 0) AS complaint_aware, coalesce(f.complaint_unaware, 0) AS complaint_unaware
    FROM chosen AS c
    LEFT JOIN per_unit AS f USING (unit_code)
),

per_channel AS (
    SELECT *, 1 AS ord, 'news' AS channel, news_aware AS aware, news_unaware AS unaware FROM counts
    UNION ALL SELECT *, 2, 'contact', contact_aware, contact_unaware FROM counts
    UNION ALL SELECT *, 3, 'complaint', complaint_aware, complaint_unaware FROM counts
),

rated AS (
    SELECT
        unit_code, abbr, name_th, name_en, kind, responses, ord, channel, aware, unaware,
        aware + unaware AS total,
        aware / nullif(aware + unaware, 0) AS rate,
        aware + unaware < $min_n::INTEGER OR aware + unaware = 0 AS few
    FROM per_channel
),

final AS (
    SELECT
        *,
        CASE WHEN NOT few THEN row_number() OVER (PARTITION BY channel, few ORDER BY rate, unit_code) END AS rank,
        wilson_low(aware, total) AS ci_low,
        wilson_high(aware, total) AS ci_high
    FROM rated
)

SELECT
    channel, rank, unit_code, abbr, name_th, name_en, kind, responses,
    aware, unaware, total, rate, ci_low, ci_high, few
FROM final
ORDER BY ord, few, rank, total = 0, rate, unit_code
