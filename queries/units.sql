-- The units for filters and labels: central units first, then provincial offices, each by code.
-- params: none
SELECT code, name_th, name_en, abbr, kind
FROM units
ORDER BY kind = 'provincial', code
