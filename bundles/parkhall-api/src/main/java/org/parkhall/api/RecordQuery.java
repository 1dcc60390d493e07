package org.parkhall.api;

import java.time.LocalDate;

import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * Which work records to list (a topic ledger, 专项工作台账, is one kind's): empty fields match everything.
 *
 * @param from  opened on this hall day or later, or null
 * @param to    opened on this hall day or earlier, or null
 * @param owner only those this staff member owns
 * @param limit at most this many, 1 to {@value #MAX_LIMIT}
 * @since 3.2
 */
public record RecordQuery(RecordKind kind, RecordState state, LocalDate from, LocalDate to, String owner,
        int limit) {
    public static final int MAX_LIMIT = 10000;
    public static final TextField OWNER = TextField.line("owner", "负责人", "owner", 100);

    public RecordQuery {
        owner = OWNER.check(owner);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "开始日期不能晚于结束日期", "from must not be after to");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "查询条数须在1至" + MAX_LIMIT + "之间",
                    "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
