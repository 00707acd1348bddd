-- One ITA indicator's score by fiscal year (indicator 0 = the overall score), with its grade band.
-- params:
--   indicator: int -- 0 = overall, 1-10 the ITA indicators (7 = communication efficiency)
WITH scores AS (
    SELECT fiscal_year, score, is_demo
    FROM ita_scores
    WHERE indicator = $indicator::INTEGER
),

final AS (
    SELECT
        s.fiscal_year, s.score, s.is_demo,
        (SELECT g.grade FROM ita_grades AS g WHERE s.score >= g.min_score ORDER BY g.min_score DESC LIMIT 1) AS grade,
        s.score - lag(s.score) OVER (ORDER BY s.fiscal_year) AS change
    FROM scores AS s
)

SELECT fiscal_year, score, grade, change, is_demo FROM final ORDER BY fiscal_year
