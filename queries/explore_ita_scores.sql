-- ITA scores, every fiscal year and indicator (0 = overall), with the indicator's name, tool and
-- grade band, for the explorer and exports. Not filtered by period: one score per year.
-- params: none
WITH names AS (
    SELECT indicator, tool, name_th, name_en
    FROM ita_indicators
    WHERE fiscal_year IS NULL
)

SELECT
    s.fiscal_year, s.indicator, n.tool, n.name_th, n.name_en, s.score,
    (SELECT g.grade FROM ita_grades AS g WHERE s.score >= g.min_score ORDER BY g.min_score DESC LIMIT 1) AS grade,
    s.is_demo
FROM ita_scores AS s
LEFT JOIN names AS n USING (indicator)
