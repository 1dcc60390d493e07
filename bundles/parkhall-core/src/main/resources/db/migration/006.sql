-- 006: indexes for reading a large history (bench/large-history.sh, 1,000,000 cases, 4.3 million ledger events).
-- Derby scans an index one way only, so the newest-first lists need descending indexes of their own; without them
-- "the newest 50 ledger entries" sorted the whole ledger. The ledger export reads a time range oldest first, in
-- (occurred_at, seq) order straight from the index, so the old single-column time index is replaced.

CREATE INDEX ledger_event_newest ON ledger_event (seq DESC);

DROP INDEX ledger_event_time;

CREATE INDEX ledger_event_time ON ledger_event (occurred_at, seq);

CREATE INDEX case_file_newest ON case_file (created_at DESC, case_no DESC);
