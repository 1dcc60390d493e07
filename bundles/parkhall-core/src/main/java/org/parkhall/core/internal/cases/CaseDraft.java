package org.parkhall.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.TimeStatus;
import org.parkhall.spi.Problem;

/** A case being changed: starts from a case file, changes what the step changes, builds the new file. */
final class CaseDraft {
    /** Department recorded for a joint case's parent, which the hall itself coordinates. */
    static final String JOINT_DEPARTMENT = "hall";

    private final CaseFile from;
    private List<String> children;
    private CaseState state;
    private Set<String> presented;
    private Map<String, String> facts;
    private List<Problem> problems;
    private List<Problem> newSinceNotice;
    private String reasons;
    private String result;
    private String deliveryNote;
    private LocalDate acceptedOn;
    private LocalDate dueOn;
    private LocalDate suspendedSince;
    private TimeStatus timeStatus;
    private Instant updatedAt;

    CaseDraft(CaseFile from) {
        this.from = from;
        children = from.children();
        state = from.state();
        presented = from.presented();
        facts = from.facts();
        problems = from.problems();
        newSinceNotice = from.newSinceNotice();
        reasons = from.reasons();
        result = from.result();
        deliveryNote = from.deliveryNote();
        acceptedOn = from.acceptedOn();
        dueOn = from.dueOn();
        suspendedSince = from.suspendedSince();
        timeStatus = from.timeStatus();
        updatedAt = from.updatedAt();
    }

    CaseDraft children(List<String> value) {
        children = List.copyOf(value);
        return this;
    }

    CaseDraft state(CaseState value) {
        state = value;
        return this;
    }

    CaseDraft application(Set<String> presentedValue, Map<String, String> factsValue) {
        presented = Set.copyOf(presentedValue);
        facts = Map.copyOf(factsValue);
        return this;
    }

    CaseDraft problems(List<Problem> value) {
        problems = List.copyOf(value);
        return this;
    }

    CaseDraft newSinceNotice(List<Problem> value) {
        newSinceNotice = List.copyOf(value);
        return this;
    }

    CaseDraft reasons(String value) {
        reasons = value;
        return this;
    }

    CaseDraft result(String value) {
        result = value;
        return this;
    }

    CaseDraft deliveryNote(String value) {
        deliveryNote = value;
        return this;
    }

    CaseDraft accepted(LocalDate on, LocalDate due) {
        acceptedOn = on;
        dueOn = due;
        return this;
    }

    CaseDraft dueOn(LocalDate value) {
        dueOn = value;
        return this;
    }

    CaseDraft suspendedSince(LocalDate value) {
        suspendedSince = value;
        return this;
    }

    CaseDraft timeStatus(TimeStatus value) {
        timeStatus = value;
        return this;
    }

    CaseDraft updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    CaseFile build() {
        return new CaseFile(from.number(), from.itemCode(), from.itemName(), from.department(), from.parentNumber(),
                children, state, from.applicant(), presented, facts, from.delivery(), from.channel(), problems,
                reasons, result, deliveryNote, acceptedOn, dueOn, suspendedSince, timeStatus, from.createdAt(),
                updatedAt, newSinceNotice);
    }
}
