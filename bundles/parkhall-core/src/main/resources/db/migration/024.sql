-- 024: the outbox is listed by what its notices are about (a case's notices, GET /api/v1/notices?reference=).
CREATE INDEX notice_reference ON notice (reference);
