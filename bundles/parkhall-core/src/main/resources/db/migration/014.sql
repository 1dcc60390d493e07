-- 014: staff sessions in the store rather than in one node's memory, so a session opened on one node is valid on
-- every node on the database. token_hash is the SHA-256 (hex) of the cookie's random token, never the token;
-- roles are the snapshot last read from the realm (comma-separated, as users.properties has them), checked_at when.
-- expires_at is last_seen plus the idle time, moved on by each request; rows past it are deleted by any node.

CREATE TABLE staff_session (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    user_name VARCHAR(256) NOT NULL,
    roles VARCHAR(32000) NOT NULL,
    csrf_token VARCHAR(128) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

CREATE INDEX staff_session_user ON staff_session (user_name, last_seen);

CREATE INDEX staff_session_expiry ON staff_session (expires_at);
