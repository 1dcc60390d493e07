-- 004: ratings (好差评), one per visit or case, and the rectifications (整改) bad ratings open.

CREATE TABLE rating (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject      VARCHAR(40)   NOT NULL,
    department   VARCHAR(16)   NOT NULL,
    overall      VARCHAR(20)   NOT NULL,
    efficiency   VARCHAR(20)   NOT NULL,
    competence   VARCHAR(20)   NOT NULL,
    attitude     VARCHAR(20)   NOT NULL,
    comment_text VARCHAR(1000) NOT NULL,
    rated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT rating_once UNIQUE (subject)
);

CREATE TABLE rectification (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rating_id       BIGINT        NOT NULL REFERENCES rating (id),
    department      VARCHAR(16)   NOT NULL,
    deadline        DATE          NOT NULL,
    opened_at       TIMESTAMP     NOT NULL,
    follow_up       VARCHAR(1000) NOT NULL,
    followed_up_by  VARCHAR(100)  NOT NULL,
    followed_up_at  TIMESTAMP
);
