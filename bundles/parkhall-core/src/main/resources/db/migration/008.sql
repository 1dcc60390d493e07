-- 008: the console's search for text in an applicant's name may have to look at every case, newest first. With the
-- name in the newest-first index that walk reads the index alone and fetches only the matching cases' rows.

DROP INDEX case_file_newest;

CREATE INDEX case_file_newest ON case_file (created_at DESC, case_no DESC, applicant_name);
