-- 001: the work ledger and the catalog of items departments have served here.
-- Portable SQL: runs on embedded Derby and on PostgreSQL.

CREATE TABLE ledger_event (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    subject      VARCHAR(60)   NOT NULL,
    data         VARCHAR(32000) NOT NULL
);

CREATE INDEX ledger_event_subject ON ledger_event (subject, seq);

CREATE INDEX ledger_event_time ON ledger_event (occurred_at);

CREATE TABLE catalog_item (
    code             VARCHAR(40)    PRIMARY KEY,
    department       VARCHAR(16)    NOT NULL,
    description      VARCHAR(32000) NOT NULL,
    handler_bundle   VARCHAR(200)   NOT NULL,
    handler_version  VARCHAR(60)    NOT NULL,
    changed_at       TIMESTAMP      NOT NULL
);
