-- 003: the hall floor — tickets (numbered per queue per day in day_counter) and counter sign-ins (attendance).

CREATE TABLE ticket (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_day         DATE          NOT NULL,
    label               VARCHAR(8)    NOT NULL,
    queue_letter        VARCHAR(1)    NOT NULL,
    priority            VARCHAR(12)   NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    arrived_at          TIMESTAMP     NOT NULL,
    called_at           TIMESTAMP,
    counter_no          INT           NOT NULL,
    recalls             INT           NOT NULL,
    service_started_at  TIMESTAMP,
    service_ended_at    TIMESTAMP,
    case_numbers        VARCHAR(400)  NOT NULL,
    CONSTRAINT ticket_label_once_a_day UNIQUE (service_day, label)
);

CREATE INDEX ticket_waiting ON ticket (service_day, state, queue_letter);

CREATE TABLE counter_session (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    counter_no            INT           NOT NULL,
    staff                 VARCHAR(100)  NOT NULL,
    signed_in_at          TIMESTAMP     NOT NULL,
    signed_out_at         TIMESTAMP,
    priority_calls_in_row INT           NOT NULL
);

CREATE INDEX counter_session_open ON counter_session (counter_no, signed_out_at);
