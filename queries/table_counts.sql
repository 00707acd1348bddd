-- Rows in each table of the served database, for the data admin.
-- params: none
SELECT 'responses' AS table_name, count(*)::BIGINT AS row_count FROM responses
UNION ALL SELECT 'reach', count(*)::BIGINT FROM reach
UNION ALL SELECT 'submissions', count(*)::BIGINT FROM submissions
UNION ALL SELECT 'ita_scores', count(*)::BIGINT FROM ita_scores
UNION ALL SELECT 'units', count(*)::BIGINT FROM units
UNION ALL SELECT 'quarantine', count(*)::BIGINT FROM quarantine
