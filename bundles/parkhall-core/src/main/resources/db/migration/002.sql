-- 002: cases (办件), and the per-day counters that number cases and tickets.

CREATE TABLE case_file (
    case_no          VARCHAR(20)    PRIMARY KEY,
    item_code        VARCHAR(40)    NOT NULL,
    item_name        VARCHAR(200)   NOT NULL,
    department       VARCHAR(16)    NOT NULL,
    parent_no        VARCHAR(20),
    state            VARCHAR(24)    NOT NULL,
    applicant_kind   VARCHAR(12)    NOT NULL,
    applicant_id     VARCHAR(18)    NOT NULL,
    applicant_name   VARCHAR(200)   NOT NULL,
    applicant_phone  VARCHAR(20)    NOT NULL,
    application      VARCHAR(32000) NOT NULL,
    delivery_mode    VARCHAR(16)    NOT NULL,
    delivery_address VARCHAR(400)   NOT NULL,
    channel          VARCHAR(16)    NOT NULL,
    problems         VARCHAR(32000) NOT NULL,
    reasons          VARCHAR(4000)  NOT NULL,
    result           VARCHAR(400)   NOT NULL,
    delivery_note    VARCHAR(200)   NOT NULL,
    accepted_on      DATE,
    due_on           DATE,
    suspended_since  DATE,
    created_at       TIMESTAMP      NOT NULL,
    updated_at       TIMESTAMP      NOT NULL,
    version          INT            NOT NULL
);

CREATE INDEX case_file_state ON case_file (state, due_on);

CREATE INDEX case_file_item ON case_file (item_code, created_at);

CREATE INDEX case_file_parent ON case_file (parent_no);

CREATE TABLE day_counter (
    counter_day  DATE         NOT NULL,
    counter_key  VARCHAR(20)  NOT NULL,
    last_number  INT          NOT NULL,
    PRIMARY KEY (counter_day, counter_key)
);
