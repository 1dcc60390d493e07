-- 007: finding an applicant's cases by ID number or unified social credit code (the console's search box), newest
-- first straight from the index: equality on the first column, then the list's own order.

CREATE INDEX case_file_applicant ON case_file (applicant_id, created_at DESC, case_no DESC);
