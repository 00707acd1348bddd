-- Dated notes to show on trend charts (e.g. "เปิดใช้ LINE OA"), within a date range.
-- params:
--   start: date -- first day, inclusive
--   end: date -- last day, inclusive
SELECT day, text_th, text_en, created_by
FROM annotations
WHERE day BETWEEN $start::DATE AND $end::DATE
ORDER BY day
