package org.parkhall.web.internal.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordState;
import org.parkhall.api.WorkRecord;
import org.parkhall.spi.Bilingual;

/** Work records as the lists and the public page show them: personal data masked, or left out. */
final class RecordViews {
    private static final int MATTER_SHOWN = 80;

    private RecordViews() {
    }

    /** A record in a list or a topic ledger: the party masked, the matter shortened. */
    record Line(String number, RecordKind kind, Bilingual kindName, RecordState state, Bilingual stateName,
            String channel, RecordClass recordClass, String party, List<String> itemCodes, List<String> caseNumbers,
            String concerns, String matter, String firstOwner, String owner, Instant openedAt, LocalDate scheduledOn,
            LocalDate progressDue, LocalDate finalDue, boolean overdue) {
    }

    /** A record as the person it is for follows it with its query code: no names, no phone. */
    record Public(String number, Bilingual kind, RecordState state, Bilingual stateName, LocalDate openedOn,
            LocalDate scheduledOn, LocalDate finalDue, String outcome, Instant repliedAt, List<Step> steps) {
    }

    record Step(Instant at, Bilingual action) {
    }

    static Line line(WorkRecord record) {
        String matter = record.matter().length() > MATTER_SHOWN
                ? record.matter().substring(0, MATTER_SHOWN) + "…" : record.matter();
        return new Line(record.number(), record.kind(), record.kind().title(), record.state(),
                record.state().title(), record.channel().name(), record.recordClass(),
                record.party() == null ? "" : record.party().masked(), record.itemCodes(), record.caseNumbers(),
                concerns(record), matter, record.firstOwner(), record.owner(), record.openedAt(),
                record.scheduledOn(), record.progressDue(), record.finalDue(), record.overdue());
    }

    static Public forPublic(WorkRecord record) {
        return new Public(record.number(), record.kind().title(), record.state(), record.state().title(),
                record.openedOn(), record.scheduledOn(), record.finalDue(), record.outcome(), record.repliedAt(),
                record.steps().stream().map(step -> new Step(step.at(), step.action().title())).toList());
    }

    /** What a complaint is about, in words: "窗口 3". */
    static String concerns(WorkRecord record) {
        return record.concerns() == null ? ""
                : record.concerns().target().title().zh() + " " + record.concerns().reference();
    }
}
