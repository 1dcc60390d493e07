-- 012: a case keeps its one-time notice (一次性告知). notice is what the case was told when it first awaited
-- supplements (its problems as JSON), so a supplement is reviewed against it; new_since_notice holds problems a
-- later review found about anything the notice did not name (say a material a newer handler version requires),
-- shown to the clerk but not sent back to the applicant. Cases awaiting supplements were told their problems.

ALTER TABLE case_file ADD COLUMN notice VARCHAR(32000);

ALTER TABLE case_file ADD COLUMN new_since_notice VARCHAR(32000) DEFAULT '[]' NOT NULL;

UPDATE case_file SET notice = problems WHERE state = 'SUPPLEMENT_REQUIRED';
