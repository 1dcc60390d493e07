-- 005: appointments (预约) by time slot; appointment_slot counts the places taken, so capacity holds under concurrency.

CREATE TABLE appointment_slot (
    service_day   DATE        NOT NULL,
    queue_letter  VARCHAR(1)  NOT NULL,
    slot_start    VARCHAR(5)  NOT NULL,
    booked        INT         NOT NULL,
    PRIMARY KEY (service_day, queue_letter, slot_start)
);

CREATE TABLE appointment (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference      VARCHAR(16)   NOT NULL UNIQUE,
    service_day    DATE          NOT NULL,
    queue_letter   VARCHAR(1)    NOT NULL,
    slot_start     VARCHAR(5)    NOT NULL,
    slot_end       VARCHAR(5)    NOT NULL,
    extended       BOOLEAN       NOT NULL,
    person_name    VARCHAR(50)   NOT NULL,
    phone          VARCHAR(20)   NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    ticket_label   VARCHAR(8)    NOT NULL,
    booked_at      TIMESTAMP     NOT NULL
);

CREATE INDEX appointment_day ON appointment (service_day, state);
