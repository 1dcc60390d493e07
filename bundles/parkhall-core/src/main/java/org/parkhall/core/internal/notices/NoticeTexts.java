package org.parkhall.core.internal.notices;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.NoticeKind;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.NoticeAddress;

/**
 * What each notice says, in Chinese and English. Texts name the case or booking and the item, never the applicant's
 * name or numbers: a notice may be read on a shared phone or a lock screen.
 */
public final class NoticeTexts {
    private static final String SENDER_ZH = "【园区政务服务分中心】";
    private static final String SENDER_EN = "Park government service hall: ";

    private NoticeTexts() {
    }

    /**
     * The notice a case's new state calls for, if any: the one-time notice (补正), acceptance, the result, its
     * delivery. A joint application's child cases tell nothing: the applicant hears of the joint case once.
     */
    public static Optional<NoticeDraft> forCase(CaseFile file) {
        if (!file.parentNumber().isEmpty()) {
            return Optional.empty();
        }
        String no = file.number();
        String item = file.itemName();
        Optional<NoticeDraft> draft = switch (file.state()) {
            case SUPPLEMENT_REQUIRED -> Optional.of(caseNotice(file, NoticeKind.SUPPLEMENT_NOTICE,
                    "您申请的“" + item + "”（办件号" + no + "）材料需补正，请按一次性告知书一次补齐后到窗口提交；"
                            + "凭办件号和查询码可在线查看所缺材料。",
                    "your application " + no + " (" + item + ") needs more material; bring everything the one-time"
                            + " notice lists to a window. The case number and query code show online what is missing."));
            case ACCEPTED -> Optional.of(caseNotice(file, NoticeKind.ACCEPTED,
                    "您申请的“" + item + "”（办件号" + no + "）已受理，承诺办结日期" + day(file.dueOn()) + "。",
                    "your application " + no + " (" + item + ") is accepted; it is due by " + day(file.dueOn()) + "."));
            case APPROVED, DENIED -> Optional.of(caseNotice(file, NoticeKind.RESULT_READY,
                    "您申请的“" + item + "”（办件号" + no + "）已办结（" + (file.state() == CaseState.APPROVED
                            ? "准予" : "不予") + "），请按您选择的方式领取结果。",
                    "your application " + no + " (" + item + ") is decided (" + (file.state() == CaseState.APPROVED
                            ? "approved" : "denied") + "); collect the result the way you chose."));
            case DELIVERED -> Optional.of(caseNotice(file, NoticeKind.DELIVERED,
                    "您申请的“" + item + "”（办件号" + no + "）办理结果已送达。",
                    "the result of your application " + no + " (" + item + ") has been delivered."));
            default -> Optional.empty();
        };
        return draft;
    }

    /** The day-before reminder of a booking (预约). */
    public static NoticeDraft bookingReminder(String reference, LocalDate day, Bilingual queue, LocalTime start,
            LocalTime end, String phone) {
        String when = day(day) + " " + start + "-" + end;
        return new NoticeDraft(NoticeKind.BOOKING_REMINDER, reference, NoticeAddress.phone(phone), "",
                subject(NoticeKind.BOOKING_REMINDER),
                Bilingual.of(SENDER_ZH + "您已预约" + when + "“" + queue.zh() + "”业务，请凭预约号" + reference
                                + "于预约时段前到大厅签到取号。",
                        SENDER_EN + "you booked " + queue.en() + " for " + when + "; check in at the hall with booking "
                                + reference + " before your slot."));
    }

    /** A booked visitor's ticket is near the counters: at most {@code ahead} are called before it. */
    public static NoticeDraft turnNear(String ticketLabel, LocalDate day, Bilingual queue, int ahead, String phone) {
        return new NoticeDraft(NoticeKind.TURN_NEAR, ticketLabel + "@" + day, NoticeAddress.phone(phone),
                "", subject(NoticeKind.TURN_NEAR),
                Bilingual.of(SENDER_ZH + "您的号码" + ticketLabel + "（" + queue.zh() + "）前面还有" + ahead
                                + "位，请到等候区留意叫号。",
                        SENDER_EN + "ticket " + ticketLabel + " (" + queue.en() + ") has " + ahead
                                + " ahead of it; please wait near the counters."));
    }

    /**
     * The hall's reply to a complaint (投诉答复), written by whoever handles complaints: its reference and the
     * reply's text in both languages.
     */
    public static NoticeDraft complaintReply(String reference, NoticeAddress to, Bilingual reply) {
        return new NoticeDraft(NoticeKind.COMPLAINT_REPLY, reference, to, "", subject(NoticeKind.COMPLAINT_REPLY),
                Bilingual.of(SENDER_ZH + "您的投诉（" + reference + "）答复如下：" + reply.zh(),
                        SENDER_EN + "the reply to your complaint " + reference + ": " + reply.en()));
    }

    /** The text with the applicant's opt-out code after it. */
    static Bilingual withOptOut(Bilingual text, String code) {
        return Bilingual.of(text.zh() + "如不再接收通知，请在窗口或网上提交退订码" + code + "。",
                text.en() + " To receive no more notices, give opt-out code " + code + " at a window or online.");
    }

    private static NoticeDraft caseNotice(CaseFile file, NoticeKind kind, String zh, String en) {
        return new NoticeDraft(kind, file.number(), NoticeAddress.phone(file.applicant().phone()),
                file.applicant().idNumber(), subject(kind), Bilingual.of(SENDER_ZH + zh, SENDER_EN + en));
    }

    private static Bilingual subject(NoticeKind kind) {
        return Bilingual.of(SENDER_ZH + kind.label().zh(), SENDER_EN + kind.label().en());
    }

    private static String day(LocalDate day) {
        return day == null ? "-" : day.toString();
    }
}
