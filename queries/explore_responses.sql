-- Survey responses, one row each, for the explorer and exports. Without respondent_key and
-- response_id (pseudonymous hashes, for recognising repeats only); no personal data is stored at all.
-- params:
--   start: date -- first day, inclusive (Asia/Bangkok local date)
--   end: date -- last day, inclusive
--   units: list, optional -- unit codes, e.g. ADM,ACC (none = every unit)
--   visitor_type: text, optional -- contract | information | meeting | feedback | other
SELECT
    r.submitted_at, r.submitted_date, r.fiscal_year, r.unit_code, u.abbr AS unit_abbr,
    u.name_th AS unit_name_th, r.unit_raw, r.unit_known,
    r.visitor_contract, r.visitor_information, r.visitor_meeting, r.visitor_feedback, r.visitor_other,
    r.other_text, r.aware_news, r.aware_contact, r.aware_complaint, r.respondent_agency, r.source, r.is_demo
FROM survey_responses($start::DATE, $end::DATE, $units::VARCHAR[], $visitor_type::VARCHAR) AS r
LEFT JOIN units AS u ON u.code = r.unit_code
