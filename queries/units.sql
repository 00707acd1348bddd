-- The units for filters and labels, central first, then provinces by name.
-- params: none
SELECT code, name_th, name_en, abbr, kind
FROM units
ORDER BY kind = 'provincial', code
