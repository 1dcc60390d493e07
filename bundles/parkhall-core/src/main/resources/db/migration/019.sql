-- 019: the special windows' work records (办不成事反映, 投诉处理, 帮办代办, 咨询导办, 上门服务), one table for every
-- kind; what a kind does not keep stays empty. item_codes and case_numbers are comma-separated (at most 10 each).
-- query_digest is the SHA-256 of a complaint's or on-site request's query code, never the code. Steps are only
-- ever appended.

CREATE TABLE work_record (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_number       VARCHAR(20)   NOT NULL UNIQUE,
    kind                VARCHAR(16)   NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    channel             VARCHAR(12)   NOT NULL,
    record_class        VARCHAR(12),
    party_kind          VARCHAR(12),
    party_id            VARCHAR(18)   NOT NULL,
    party_name          VARCHAR(200)  NOT NULL,
    party_phone         VARCHAR(20)   NOT NULL,
    item_codes          VARCHAR(420)  NOT NULL,
    case_numbers        VARCHAR(320)  NOT NULL,
    concerns_target     VARCHAR(12),
    concerns_reference  VARCHAR(100)  NOT NULL,
    matter              VARCHAR(2000) NOT NULL,
    referred_to         VARCHAR(100)  NOT NULL,
    authorisation       VARCHAR(200)  NOT NULL,
    address             VARCHAR(200)  NOT NULL,
    wanted_on           DATE,
    scheduled_on        DATE,
    first_owner         VARCHAR(100)  NOT NULL,
    owner               VARCHAR(100)  NOT NULL,
    opened_at           TIMESTAMP     NOT NULL,
    opened_on           DATE          NOT NULL,
    progress_due        DATE,
    progress_replied_at TIMESTAMP,
    final_due           DATE,
    outcome             VARCHAR(2000) NOT NULL,
    replied_at          TIMESTAMP,
    call_back           VARCHAR(1000) NOT NULL,
    closed_at           TIMESTAMP,
    query_digest        CHAR(64)
);

CREATE INDEX work_record_kind_day ON work_record (kind, opened_on);

CREATE INDEX work_record_state ON work_record (state, final_due);

CREATE TABLE work_record_step (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id   BIGINT        NOT NULL REFERENCES work_record (id),
    step_at     TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    note        VARCHAR(2000) NOT NULL
);

CREATE INDEX work_record_step_record ON work_record_step (record_id, id);
