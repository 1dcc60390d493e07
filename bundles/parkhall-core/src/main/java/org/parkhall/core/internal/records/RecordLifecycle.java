package org.parkhall.core.internal.records;

import java.time.LocalDate;

import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordState;
import org.parkhall.api.WorkRecord;
import org.parkhall.spi.Bilingual;

/** Which step a work record may take in its state, and the state it leaves it in: the one place that says so. */
public final class RecordLifecycle {
    private RecordLifecycle() {
    }

    /** The state after {@code action}; refused with {@code illegal_action} and the reason when not allowed. */
    static RecordState after(WorkRecord record, RecordAction action) {
        RecordState state = record.state();
        if (state == RecordState.CLOSED) {
            throw refused("该记录已办结，不能再记录", "the record is closed");
        }
        return switch (action) {
            case OPEN -> throw refused("记录已登记", "the record exists already");
            case NOTE, ASSIGN -> state;
            case PROGRESS_REPLY -> {
                if (state != RecordState.OPEN || record.progressDue() == null) {
                    throw refused("只有办理中的复杂类办不成事反映需要进度答复",
                            "only an open complex report owes a progress reply");
                }
                if (record.progressRepliedAt() != null) {
                    throw refused("已作进度答复", "the progress reply was given already");
                }
                yield state;
            }
            case SCHEDULE -> {
                if (record.kind() != RecordKind.ONSITE || state != RecordState.OPEN) {
                    throw refused("只有办理中的上门服务可以安排上门", "only an open on-site service is scheduled");
                }
                yield state;
            }
            case REPLY -> {
                if (state != RecordState.OPEN) {
                    throw refused("已答复，请记录回访", "already replied: record the call back");
                }
                if (record.kind() == RecordKind.ONSITE && record.scheduledOn() == null) {
                    throw refused("请先安排上门（日期和人员）", "schedule the visit (day and staff) first");
                }
                yield record.kind().callsBack() ? RecordState.REPLIED : RecordState.CLOSED;
            }
            case CALL_BACK -> {
                if (state != RecordState.REPLIED) {
                    throw refused(record.kind().callsBack() ? "请先答复，再回访" : "该类记录无需回访",
                            record.kind().callsBack() ? "reply first, then call back" : "this kind is not called back");
                }
                yield RecordState.CLOSED;
            }
        };
    }

    /** Whether a reply it owes is past its day on {@code today}: the progress reply or the outcome. */
    public static boolean overdue(RecordState state, LocalDate progressDue, boolean progressReplied, LocalDate finalDue,
            LocalDate today) {
        return state == RecordState.OPEN && (finalDue != null && today.isAfter(finalDue)
                || progressDue != null && !progressReplied && today.isAfter(progressDue));
    }

    private static HallException refused(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
