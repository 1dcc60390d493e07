-- 020: ratings that meet 好差评 (国办发〔2019〕51号, GB/T 39734-2020). Each rating names the indicator set it answers
-- (ratings given before this migration answered the hall's first questions, 'parkhall-1'), its channel, the counter
-- and staff member who served, the items, the reasons tapped, and whether an upheld appeal excludes it from the
-- figures. A rectification records the department's answer (立行立改 / 限期整改 / 解释说明, with the day it is done by)
-- and the call back's result; an appeal of a malicious or mistaken rating is decided by a hall admin.

ALTER TABLE rating ADD COLUMN indicator_set VARCHAR(40) DEFAULT 'parkhall-1' NOT NULL;
ALTER TABLE rating ADD COLUMN channel VARCHAR(10) DEFAULT 'PAD' NOT NULL;
ALTER TABLE rating ADD COLUMN counter_no INT DEFAULT 0 NOT NULL;
ALTER TABLE rating ADD COLUMN staff_user VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE rating ADD COLUMN item_codes VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE rating ADD COLUMN reasons VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE rating ADD COLUMN excluded BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE rating SET channel = 'ONLINE' WHERE subject LIKE 'case:%';

ALTER TABLE rectification ADD COLUMN kind VARCHAR(20);
ALTER TABLE rectification ADD COLUMN measures VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE rectification ADD COLUMN done_by DATE;
ALTER TABLE rectification ADD COLUMN recorded_by VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE rectification ADD COLUMN recorded_at TIMESTAMP;
ALTER TABLE rectification ADD COLUMN callback_result VARCHAR(20);

CREATE INDEX rectification_department ON rectification (department, followed_up_at);

CREATE TABLE rating_appeal (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rating_id      BIGINT        NOT NULL REFERENCES rating (id),
    ground         VARCHAR(20)   NOT NULL,
    statement      VARCHAR(1000) NOT NULL,
    filed_by       VARCHAR(100)  NOT NULL,
    filed_at       TIMESTAMP     NOT NULL,
    upheld         BOOLEAN,
    decision_note  VARCHAR(1000) NOT NULL,
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     TIMESTAMP,
    CONSTRAINT rating_appeal_once UNIQUE (rating_id)
);
