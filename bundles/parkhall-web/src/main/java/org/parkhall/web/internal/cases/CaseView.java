package org.parkhall.web.internal.cases;

import java.time.LocalDate;
import java.util.List;

import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.TimeStatus;

/** A case as lists show it: personal data masked. */
record CaseView(String number, String itemCode, String itemName, String department, String parentNumber,
        List<String> children, CaseState state, String applicant, LocalDate acceptedOn, LocalDate dueOn,
        TimeStatus timeStatus) {

    static CaseView of(CaseFile file) {
        return new CaseView(file.number(), file.itemCode(), file.itemName(), file.department(), file.parentNumber(),
                file.children(), file.state(), file.applicant().masked(), file.acceptedOn(), file.dueOn(),
                file.timeStatus());
    }
}
