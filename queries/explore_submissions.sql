-- Reports units filed with ศปท. (form1, form2, the monthly reach report), dated within the period,
-- for the explorer and exports.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
SELECT
    s.unit_code, u.abbr AS unit_abbr, u.name_th AS unit_name_th, s.form, s.fiscal_year, s.period,
    s.submitted_at, s.link, s.source, s.is_demo
FROM submissions AS s
LEFT JOIN units AS u ON u.code = s.unit_code
WHERE CAST(s.submitted_at AS DATE) BETWEEN $start::DATE AND $end::DATE
  AND ($units::VARCHAR[] IS NULL OR list_contains($units::VARCHAR[], s.unit_code))
