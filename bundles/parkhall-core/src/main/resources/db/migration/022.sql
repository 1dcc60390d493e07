-- 022: the outbox of notices to applicants. A notice is written in the transaction of the change it tells of, so a
-- crash never loses one; each node's sender claims due rows with a guarded update (state QUEUED to SENDING with its
-- own claim token), so no notice is sent by two nodes; a claim whose node died runs out at claimed_until and the
-- row is queued again. dedupe_key (kind and what it is about) keeps one notice per event however often the change
-- is written. address is what the channel needs; lists show it masked. id_hash is the SHA-256 (hex) of the
-- applicant's ID number for an opt-out by ID, opt_out_code_hash that of the code printed in the notice; neither
-- ID nor code is stored. notice_attempt keeps every attempt; notice_opt_out the subjects (phone or ID, hashed) who
-- asked for no notices.

CREATE TABLE notice (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              VARCHAR(24)   NOT NULL,
    reference         VARCHAR(40)   NOT NULL,
    dedupe_key        VARCHAR(80)   NOT NULL UNIQUE,
    address_kind      VARCHAR(8)    NOT NULL,
    address           VARCHAR(254)  NOT NULL,
    address_hash      CHAR(64)      NOT NULL,
    id_hash           CHAR(64),
    opt_out_code_hash CHAR(64)      NOT NULL UNIQUE,
    subject_zh        VARCHAR(200)  NOT NULL,
    subject_en        VARCHAR(200)  NOT NULL,
    text_zh           VARCHAR(2000) NOT NULL,
    text_en           VARCHAR(2000) NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL,
    channel           VARCHAR(60)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    next_attempt_at   TIMESTAMP     NOT NULL,
    claim_token       VARCHAR(40),
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP,
    sent_at           TIMESTAMP,
    last_error        VARCHAR(500)  NOT NULL
);

CREATE INDEX notice_due ON notice (state, next_attempt_at);

CREATE TABLE notice_attempt (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id    BIGINT        NOT NULL REFERENCES notice (id),
    attempted_at TIMESTAMP     NOT NULL,
    node_name    VARCHAR(100)  NOT NULL,
    channel      VARCHAR(60)   NOT NULL,
    result       VARCHAR(16)   NOT NULL,
    detail       VARCHAR(500)  NOT NULL
);

CREATE INDEX notice_attempt_of ON notice_attempt (notice_id);

CREATE TABLE notice_opt_out (
    subject_hash CHAR(64)     NOT NULL PRIMARY KEY,
    since        TIMESTAMP    NOT NULL,
    actor        VARCHAR(100) NOT NULL
);
