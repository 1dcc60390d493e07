-- 021: the approver's review steps (issue 18). item_review_steps keeps what each item's handler declares (countersigning
-- departments, the lead's sign-off, the extension the law allows, special procedures) as JSON, so the steps hold while
-- the handler is away. case_claim holds at most one approver per case: its primary key decides between two claims at
-- once. Countersignatures, the lead's sign-off, extensions and special procedures (clock stops) are rows of their case;
-- seq numbers a case's extensions and clock stops, written under the case row's version check. case_supervision
-- records each raise (督办) once per case and level.

CREATE TABLE item_review_steps (
    item_code   VARCHAR(40)   NOT NULL PRIMARY KEY,
    steps       VARCHAR(4000) NOT NULL,
    changed_at  TIMESTAMP     NOT NULL
);

CREATE TABLE case_claim (
    case_no     VARCHAR(20)   NOT NULL PRIMARY KEY,
    department  VARCHAR(16)   NOT NULL,
    claimed_by  VARCHAR(256)  NOT NULL,
    claimed_at  TIMESTAMP     NOT NULL
);

CREATE TABLE case_countersign (
    case_no      VARCHAR(20)   NOT NULL,
    department   VARCHAR(16)   NOT NULL,
    requested_by VARCHAR(256)  NOT NULL,
    requested_at TIMESTAMP     NOT NULL,
    answered_by  VARCHAR(256),
    agreed       BOOLEAN,
    opinion      VARCHAR(1000),
    answered_at  TIMESTAMP,
    PRIMARY KEY (case_no, department)
);

CREATE INDEX case_countersign_awaited ON case_countersign (department, answered_at);

CREATE TABLE case_sign_off (
    case_no     VARCHAR(20)   NOT NULL PRIMARY KEY,
    signed_by   VARCHAR(256)  NOT NULL,
    opinion     VARCHAR(1000) NOT NULL,
    signed_at   TIMESTAMP     NOT NULL
);

CREATE TABLE case_extension (
    case_no     VARCHAR(20)   NOT NULL,
    seq         INT           NOT NULL,
    days        INT           NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    due_before  DATE          NOT NULL,
    due_after   DATE          NOT NULL,
    granted_by  VARCHAR(256)  NOT NULL,
    granted_on  DATE          NOT NULL,
    PRIMARY KEY (case_no, seq)
);

CREATE TABLE case_clock_stop (
    case_no       VARCHAR(20)   NOT NULL,
    seq           INT           NOT NULL,
    procedure_kind VARCHAR(20)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    expected_days INT           NOT NULL,
    started_on    DATE          NOT NULL,
    started_by    VARCHAR(256)  NOT NULL,
    ended_on      DATE,
    ended_by      VARCHAR(256),
    outcome       VARCHAR(1000),
    PRIMARY KEY (case_no, seq)
);

CREATE TABLE case_supervision (
    case_no     VARCHAR(20)   NOT NULL,
    level_code  VARCHAR(10)   NOT NULL,
    department  VARCHAR(16)   NOT NULL,
    due_on      DATE          NOT NULL,
    raised_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (case_no, level_code)
);
