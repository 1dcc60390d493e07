-- 016: wrong tries (staff passwords, query codes) counted in the store rather than in one node's memory, so guesses
-- spread over the nodes count as one. subject_hash is the SHA-256 (hex) of the rule and the subject (user name,
-- client address, reference), never the subject itself. tries counts wrong tries and checks under way; window_start
-- is the first try of the window, locked_until the end of a lock. Rows are bounded per rule and forgotten once their
-- window and lock have run out.

CREATE TABLE wrong_try (
    rule_name VARCHAR(40) NOT NULL,
    subject_hash CHAR(64) NOT NULL,
    tries INT NOT NULL,
    window_start TIMESTAMP NOT NULL,
    last_try TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    PRIMARY KEY (rule_name, subject_hash)
);

CREATE INDEX wrong_try_recent ON wrong_try (rule_name, last_try);
