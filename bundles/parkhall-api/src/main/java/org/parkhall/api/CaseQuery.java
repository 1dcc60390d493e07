package org.parkhall.api;

import org.parkhall.spi.InvalidInputException;

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
    public CaseQuery {
        text = text == null ? "" : text.strip();
        itemCode = itemCode == null ? "" : itemCode.strip();
        department = department == null ? "" : department.strip();
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "查询条数须在1至500之间",
                    "limit must be between 1 and 500");
        }
    }

    public static CaseQuery all(int limit) {
        return new CaseQuery("", "", "", null, limit);
    }
}
