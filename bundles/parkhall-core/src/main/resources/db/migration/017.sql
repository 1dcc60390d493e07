-- 017: the nodes on one database, and which items each node's handlers serve, so the catalog says where an item is
-- served and the ledger records an item's arrival and departure in the county, not one node's restart. A node's
-- last_seen moves on every few seconds while it runs; left_at is set when it stops, and cleared when it starts again.
-- node_item keeps a stopped node's rows, so its restart is no new arrival; they go when the item departs everywhere.

CREATE TABLE hall_node (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP    NOT NULL,
    last_seen   TIMESTAMP    NOT NULL,
    left_at     TIMESTAMP
);

CREATE TABLE node_item (
    node_name       VARCHAR(100) NOT NULL,
    item_code       VARCHAR(40)  NOT NULL,
    handler_bundle  VARCHAR(200) NOT NULL,
    handler_version VARCHAR(60)  NOT NULL,
    since           TIMESTAMP    NOT NULL,
    PRIMARY KEY (node_name, item_code, handler_bundle, handler_version)
);

CREATE INDEX node_item_release ON node_item (item_code, handler_bundle, handler_version);
