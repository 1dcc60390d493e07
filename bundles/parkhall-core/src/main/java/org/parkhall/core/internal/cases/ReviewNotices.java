package org.parkhall.core.internal.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.ClockStop;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.TimeExtension;
import org.parkhall.spi.Bilingual;

/**
 * The department's notices to the applicant during review: the extended time limit (延长办理期限告知书), citing the law
 * the item declares, and the special procedure (特别程序告知书) with the time it takes, which the limit does not count
 * (行政许可法第四十五条 obliges the authority to say so in writing). Each is the case's latest of its kind.
 */
final class ReviewNotices {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReviewNotices() {
    }

    /** Whether {@code kind} is one of these notices. */
    static boolean writes(CaseDocument.Kind kind) {
        return kind == CaseDocument.Kind.EXTENSION || kind == CaseDocument.Kind.SPECIAL_PROCEDURE;
    }

    /** {@code issuer} is the deciding department's name; {@code where} where the applicant asks. */
    static CaseDocument write(CaseFile file, CaseDocument.Kind kind, ReviewProgress progress, String issuer,
            String where, ZoneId zone) {
        String applied = "您（单位）于" + DAY.format(file.createdAt().atZone(zone)) + "申请办理的“" + file.itemName()
                + "”事项（办件编号" + file.number() + "），本机关已于" + DAY.format(file.acceptedOn()) + "受理。";
        List<String> paragraphs = new ArrayList<>();
        if (kind == CaseDocument.Kind.EXTENSION) {
            TimeExtension extension = latest(progress.extensions(), file, kind);
            paragraphs.add(applied + "因" + extension.reason() + "，不能在原定期限内作出决定。经本机关负责人批准，根据"
                    + progress.required().extension().legalBasis().zh() + "的规定，办理期限延长" + extension.days()
                    + "个工作日，办结期限由" + DAY.format(extension.dueBefore()) + "延长至"
                    + DAY.format(extension.dueAfter()) + "（按工作日计算，法定节假日顺延）。");
            paragraphs.add("特此告知。如有疑问，请联系" + where + "。");
            return new CaseDocument(kind, file.number(), file.applicant().name() + "：", paragraphs, issuer,
                    extension.grantedOn());
        }
        ClockStop stop = latest(progress.specialProcedures(), file, kind);
        paragraphs.add(applied + "因" + stop.reason() + "，需要进行" + stop.procedure().label().zh() + "，自"
                + DAY.format(stop.startedOn()) + "起，所需时间预计为" + stop.expectedDays() + "个工作日。根据"
                + progress.required().specialProcedureBasis().zh() + "的规定，" + stop.procedure().label().zh()
                + "所需时间不计算在办理期限内。");
        paragraphs.add(stop.running() ? "程序结束后，本机关将继续办理，办结期限相应顺延。"
                : "该程序已于" + DAY.format(stop.endedOn()) + "结束，办结期限顺延至" + DAY.format(file.dueOn()) + "。");
        paragraphs.add("特此告知。如有疑问，请联系" + where + "。");
        return new CaseDocument(kind, file.number(), file.applicant().name() + "：", paragraphs, issuer,
                stop.startedOn());
    }

    private static <T> T latest(List<T> issued, CaseFile file, CaseDocument.Kind kind) {
        if (issued.isEmpty()) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("办件" + file.number() + "没有"
                    + kind.title().zh(), "case " + file.number() + " has no " + kind.title().en()));
        }
        return issued.get(issued.size() - 1);
    }
}
