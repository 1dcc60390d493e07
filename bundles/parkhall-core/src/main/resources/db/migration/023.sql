-- 023: electronic materials (电子材料) of cases, uploaded online or scanned at the window. A material's number is
-- the hall's own (no name or path the sender chose); media_type is what its content begins as, sha256 the hex
-- digest of the whole file. The content is kept in chunks of base64 text (material_chunk), portable to Derby and
-- PostgreSQL alike (they share no binary column type) and read back in order; retention deletes the chunks and sets
-- purged_at, while the row and the case's ledger entries stay.

CREATE TABLE case_material (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_no       VARCHAR(40)  NOT NULL,
    material_code VARCHAR(60)  NOT NULL,
    media_type    VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    attached_at   TIMESTAMP    NOT NULL,
    attached_by   VARCHAR(100) NOT NULL,
    purged_at     TIMESTAMP
);

CREATE INDEX case_material_case ON case_material (case_no, id);

CREATE INDEX case_material_age ON case_material (attached_at);

CREATE TABLE material_chunk (
    material_id BIGINT         NOT NULL,
    seq         INT            NOT NULL,
    data        VARCHAR(32000) NOT NULL,
    PRIMARY KEY (material_id, seq)
);
