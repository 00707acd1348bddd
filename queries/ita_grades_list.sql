-- The ITA grade bands (AA 95-100, A 85-94.99, ...), highest first.
-- params: none
SELECT grade, min_score, max_score FROM ita_grades ORDER BY min_score DESC
