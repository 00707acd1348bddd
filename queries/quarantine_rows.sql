-- Rows that could not be loaded, newest first, with the reason in Thai and English and the raw row
-- (personal fields already masked at extraction).
-- params:
--   kind: text, optional -- responses | reach | submissions | ita
--   limit: int -- at most this many rows
SELECT quarantined_at, kind, source, row_number, column_name, reason_th, reason_en, raw
FROM quarantine
WHERE $kind::VARCHAR IS NULL OR kind = $kind::VARCHAR
ORDER BY quarantined_at DESC, source, row_number
LIMIT $limit::INTEGER
