package org.parkhall.api;

import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * What to look for among cases; empty fields match everything.
 *
 * @param text       part of the case number or the applicant's name
 * @param itemCode   only this item
 * @param department only this department
 * @param state      only this state, or null
 * @param limit      at most this many, 1 to 500
 */
public record CaseQuery(String text, String itemCode, String department, CaseState state, int limit) {
    /** Nothing longer can match: an applicant's name is the longest text searched ({@code applicant_name}). */
    public static final TextField TEXT = TextField.line("q", "查询内容", "search text", 200);
    /** As long as {@code case_file.item_code} holds. */
    public static final TextField ITEM_CODE = TextField.line("item", "事项编码", "item code", 40);
    /** As long as {@code case_file.department} holds. */
    public static final TextField DEPARTMENT = TextField.line("department", "部门代码", "department code", 16);

    public CaseQuery {
        text = TEXT.check(text);
        itemCode = ITEM_CODE.check(itemCode);
        department = DEPARTMENT.check(department);
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "查询条数须在1至500之间",
                    "limit must be between 1 and 500");
        }
    }

    public static CaseQuery all(int limit) {
        return new CaseQuery("", "", "", null, limit);
    }
}
