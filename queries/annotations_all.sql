-- Every dated note (e.g. "เปิดใช้ LINE OA"), oldest first: the list the admin keeps.
-- params: none
SELECT day, text_th, text_en, created_by
FROM annotations
ORDER BY day
