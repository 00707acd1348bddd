-- The fiscal years that have ITA scores, newest first, with how many of the eleven they hold.
-- params: none
SELECT fiscal_year, count(*)::BIGINT AS scores, bool_or(is_demo) AS any_demo
FROM ita_scores
GROUP BY fiscal_year
ORDER BY fiscal_year DESC
