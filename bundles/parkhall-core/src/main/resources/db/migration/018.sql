-- 018: the county's sites (全旗通办). Tickets and counter sign-ins belong to the site whose floor they are on, so each
-- site numbers its tickets per day from 1 and has its own counters 1, 2, …; a case records the site that took it,
-- the site that holds its papers and handles it now (收受分离: a hand-over moves it), and where its result is
-- collected. Everything before sites was the county centre's (HQ). The per-day counters' keys name their site.

ALTER TABLE ticket ADD COLUMN site_code VARCHAR(4) DEFAULT 'HQ' NOT NULL;

ALTER TABLE ticket DROP CONSTRAINT ticket_label_once_a_day;

ALTER TABLE ticket ADD CONSTRAINT ticket_label_once_a_day_per_site UNIQUE (service_day, site_code, label);

ALTER TABLE counter_session ADD COLUMN site_code VARCHAR(4) DEFAULT 'HQ' NOT NULL;

ALTER TABLE counter_session DROP CONSTRAINT counter_session_one_open;

ALTER TABLE counter_session ADD CONSTRAINT counter_session_one_open_per_site UNIQUE (site_code, open_counter);

ALTER TABLE case_file ADD COLUMN taken_at_site VARCHAR(4) DEFAULT 'HQ' NOT NULL;

ALTER TABLE case_file ADD COLUMN handled_at_site VARCHAR(4) DEFAULT 'HQ' NOT NULL;

ALTER TABLE case_file ADD COLUMN deliver_at_site VARCHAR(4) DEFAULT 'HQ' NOT NULL;

CREATE INDEX case_file_taken_at ON case_file (taken_at_site, created_at);

UPDATE day_counter SET counter_key = counter_key || '-HQ';
