-- 013: one open sign-in per counter, kept by the database rather than by a read before the write (two sign-ins at
-- once, on one PostgreSQL node or two, both found no open row to lock and both inserted). open_counter is the
-- counter's number while the sign-in is open, else NULL, and a unique constraint allows any number of NULLs. Where
-- earlier versions let a counter be signed in twice, the newest sign-in is the one kept open for the constraint.

ALTER TABLE counter_session ADD COLUMN open_counter INT;

UPDATE counter_session SET open_counter = counter_no WHERE signed_out_at IS NULL AND id = (SELECT MAX(newest.id)
    FROM counter_session newest WHERE newest.counter_no = counter_session.counter_no AND newest.signed_out_at IS NULL);

ALTER TABLE counter_session ADD CONSTRAINT counter_session_one_open UNIQUE (open_counter);
