package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The special windows' work (帮办代办, 办不成事反映, 咨询导办 with 首问负责, 投诉处理, 上门服务) as records with owners,
 * deadlines on the hall's working-day calendar, steps and outcomes. Every change is one transaction with its ledger
 * entry ({@code RECORD_<action>}, subject the record's number); a complaint's {@code RECORD_REPLY} entry is where a
 * notice to the complainant would be sent from.
 *
 * @since 3.2
 */
@ProviderType
public interface WorkRecords {

    /**
     * Records it: {@code actor} is its first owner (首问负责人) and owner, except for an online request ({@code actor}
     * "public"), which waits for the hall admin to assign it. Deadlines come from the kind and class. A consultation
     * is answered as it is recorded, and so closed at once.
     */
    OpenedRecord open(RecordRequest request, String actor);

    /** The record with its steps. */
    Optional<WorkRecord> find(String number);

    /**
     * The record as its person may follow it: only when {@code queryCode} is its query code. Empty for a wrong code,
     * an unknown number or a kind with no code alike.
     *
     * @throws org.parkhall.spi.InvalidInputException when the code is not eight digits
     */
    Optional<WorkRecord> findForPublic(String number, String queryCode);

    /** Records matching the query, newest first, without their steps. */
    List<WorkRecord> list(RecordQuery query);

    /** Open records whose reply is past its day, the most overdue first (flagged to the hall admin). */
    List<WorkRecord> overdue();

    /**
     * Takes a desk step: {@link RecordAction#NOTE}, {@link RecordAction#PROGRESS_REPLY}, {@link RecordAction#REPLY}
     * (the outcome) or {@link RecordAction#CALL_BACK}; refused with {@code illegal_action} when the record's state
     * does not allow it.
     */
    WorkRecord step(String number, RecordAction action, String note, String actor);

    /** Gives the record to {@code owner} (hall admin); the first owner stays who took it first. */
    WorkRecord assign(String number, String owner, String actor);

    /** 上门服务: the visit's day (a working day, not past) and who goes (hall admin). */
    WorkRecord schedule(String number, LocalDate day, String owner, String actor);

    /** Per staff member, the records of {@code kind} they own opened in those hall days, most first. */
    List<StaffCount> perStaff(RecordKind kind, LocalDate from, LocalDate to);
}
