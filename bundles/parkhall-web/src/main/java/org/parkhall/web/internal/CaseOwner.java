package org.parkhall.web.internal;

import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.spi.InvalidInputException;

/** A visitor proves a case is theirs with the last four digits of the applicant's phone. */
final class CaseOwner {
    private CaseOwner() {
    }

    /** The case, when the digits match; otherwise the same "not found" whether the number or the phone was wrong. */
    static CaseFile check(Cases cases, String caseNumber, String phoneLastFour) {
        String digits = phoneLastFour == null ? "" : phoneLastFour.strip();
        if (!digits.matches("\\d{4}")) {
            throw new InvalidInputException("phoneLastFour", "请输入申请人手机号后四位",
                    "enter the last four digits of the applicant's phone");
        }
        return cases.find(caseNumber.strip().toUpperCase())
                .filter(file -> file.applicant().phone().endsWith(digits))
                .orElseThrow(() -> ApiException.notFound("办件编号或手机号后四位不正确",
                        "no case with that number and phone"));
    }
}
