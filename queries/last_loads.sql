-- The latest load of each source (file or sheet) with its counts and outcome.
-- params: none
SELECT source, kind, finished_at, status, rows_read, rows_new, rows_duplicate, rows_quarantined, message
FROM load_batches
QUALIFY row_number() OVER (PARTITION BY source ORDER BY batch_id DESC) = 1
ORDER BY finished_at DESC NULLS LAST
