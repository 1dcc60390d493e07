-- 015: a counter may pause (暂停服务) without its clerk signing out: why (a PauseReason), the clerk's note and
-- since when, on the open sign-in; NULL while it serves. A paused counter calls no one and counts as closed in the
-- wait estimates.

ALTER TABLE counter_session ADD COLUMN paused_reason VARCHAR(20);

ALTER TABLE counter_session ADD COLUMN paused_note VARCHAR(200);

ALTER TABLE counter_session ADD COLUMN paused_at TIMESTAMP;
