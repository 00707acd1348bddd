-- All eleven scores of one fiscal year with each indicator's tool (IIT / EIT / OIT) and its name for
-- that year (a row for the year in ita_indicators overrides the default wording). Indicators the
-- year has no score for appear with a NULL score.
-- params:
--   fiscal_year: int -- BE, e.g. 2565
WITH names AS (
    SELECT indicator, tool, name_th, name_en, weight
    FROM ita_indicators
    WHERE fiscal_year = $fiscal_year::INTEGER OR fiscal_year IS NULL
    QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY fiscal_year NULLS LAST) = 1
),

final AS (
    SELECT n.indicator, n.tool, n.name_th, n.name_en, n.weight, s.score, s.is_demo
    FROM names AS n
    LEFT JOIN ita_scores AS s ON s.indicator = n.indicator AND s.fiscal_year = $fiscal_year::INTEGER
)

SELECT indicator, tool, name_th, name_en, weight, score, is_demo FROM final ORDER BY indicator
