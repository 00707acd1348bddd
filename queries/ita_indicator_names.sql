-- The ITA indicators with their tool (IIT / EIT / OIT / overall) and default wording (the rows for
-- every year, not one year's override), in indicator order: the labels of the score entry form.
-- params: none
SELECT indicator, tool, name_th, name_en, weight
FROM ita_indicators
WHERE fiscal_year IS NULL
QUALIFY row_number() OVER (PARTITION BY indicator) = 1  -- one row per indicator, as ita_year gives
ORDER BY indicator
