-- 009: the applicant's proof (查询码) for a case and a booking, kept as a SHA-256 digest only. The code is
-- random and answered once, at intake or booking; a case of earlier versions gets one when the clerk issues it.

ALTER TABLE case_file ADD COLUMN query_code_hash VARCHAR(64);

ALTER TABLE appointment ADD COLUMN query_code_hash VARCHAR(64);
