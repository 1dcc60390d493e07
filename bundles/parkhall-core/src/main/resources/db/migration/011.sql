-- 011: rating pads (评价器) paired to their counters, the pairing codes a hall admin draws for them, and the one-time
-- tokens with which a visit is rated on the pad of the counter that served it. A pad's secret (and a pairing code) is
-- kept only as its SHA-256 hash in hex, so what the database holds cannot stand in for a pad.

CREATE TABLE rating_pad (
    counter_no   INT          NOT NULL PRIMARY KEY,
    secret_hash  VARCHAR(64)  NOT NULL UNIQUE,
    paired_at    TIMESTAMP    NOT NULL
);

CREATE TABLE rating_pad_code (
    counter_no   INT          NOT NULL PRIMARY KEY,
    code_hash    VARCHAR(64)  NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    wrong_tries  INT          NOT NULL
);

-- The token is kept as issued: a pad reloaded mid-rating asks for it again, and it rates nothing without the pad's
-- secret; it lives minutes and is spent by the rating that uses it.
CREATE TABLE rating_token (
    ticket_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES ticket (id),
    counter_no   INT          NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    used_at      TIMESTAMP
);
