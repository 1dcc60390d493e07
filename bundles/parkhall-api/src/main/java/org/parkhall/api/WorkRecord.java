package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A special window's work record (专项工作记录): see {@link RecordRequest} for what each kind keeps.
 *
 * @param firstOwner  who took it first (首问负责人); empty for an online request until it is assigned
 * @param owner       who owns it now (帮办代办: the staff member who helped)
 * @param progressDue the day a progress reply is owed by (a complex report), or null
 * @param finalDue    the day its outcome is owed by, or null when the kind is not timed
 * @param overdue     whether a reply is owed and its day has passed on the hall's calendar
 * @param scheduledOn 上门服务: the day of the visit once scheduled
 * @param outcome     the reply, result or answer given
 * @param callBack    what the person said when called back (回访)
 * @since 3.2
 */
public record WorkRecord(String number, RecordKind kind, RecordState state, RecordChannel channel,
        RecordClass recordClass, RecordParty party, List<String> itemCodes, List<String> caseNumbers,
        RecordConcern concerns, String matter, String referredTo, String authorisation, String address,
        LocalDate wantedOn, LocalDate scheduledOn, String firstOwner, String owner, Instant openedAt,
        LocalDate openedOn, LocalDate progressDue, Instant progressRepliedAt, LocalDate finalDue, String outcome,
        Instant repliedAt, String callBack, Instant closedAt, boolean overdue, List<RecordStep> steps) {
}
