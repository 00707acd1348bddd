-- Every indicator in every fiscal year (for small multiples or a heatmap), grouped by tool.
-- params: none
WITH names AS (
    SELECT indicator, tool, name_th, name_en
    FROM ita_indicators
    WHERE fiscal_year IS NULL
),

final AS (
    SELECT s.fiscal_year, s.indicator, n.tool, n.name_th, n.name_en, s.score, s.is_demo
    FROM ita_scores AS s
    JOIN names AS n USING (indicator)
    WHERE s.indicator > 0
)

SELECT fiscal_year, indicator, tool, name_th, name_en, score, is_demo FROM final ORDER BY indicator, fiscal_year
