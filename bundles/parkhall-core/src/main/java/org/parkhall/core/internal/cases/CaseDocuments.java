package org.parkhall.core.internal.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Site;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ServiceGuide;

/**
 * Writes the window's documents in the wording the applicant expects. The one-time notice cites 行政许可法 第三十二条,
 * which obliges the hall to name every missing or faulty item at once.
 */
final class CaseDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CaseDocuments() {
    }

    /**
     * {@code guide} is the item's guide, empty for a joint case, whose place and phone are those of the site that
     * took it, {@code takenAt}, which issues the document; dates are written as the hall's {@code zone} sees them.
     */
    static CaseDocument write(CaseFile file, CaseDocument.Kind kind, Optional<ServiceGuide> guide, Site takenAt,
            ZoneId zone) {
        List<String> paragraphs = new ArrayList<>();
        String applied = "您（单位）于" + DAY.format(file.createdAt().atZone(zone))
                + "申请办理的“" + file.itemName() + "”事项，";
        String where = guide.map(g -> g.location() + "，咨询电话：" + g.consultationPhone())
                .orElse(takenAt.address() + "，咨询电话：" + takenAt.phone());
        switch (kind) {
            case NOTICE -> {
                require(file, kind, file.state() == CaseState.SUPPLEMENT_REQUIRED);
                paragraphs.add(applied + "经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，"
                        + "现一次性告知您需要补正的全部内容如下：");
                for (int i = 0; i < file.problems().size(); i++) {
                    paragraphs.add((i + 1) + ". " + file.problems().get(i).reason().zh());
                }
                paragraphs.add("请补正上述全部内容后，携带本告知书到" + where + "。");
            }
            case REFUSAL -> {
                require(file, kind, file.state() == CaseState.REFUSED);
                paragraphs.add(applied + "经审查，决定不予受理。理由及救济途径：" + file.reasons());
            }
            case RECEIPT -> {
                require(file, kind, file.acceptedOn() != null);
                paragraphs.add(applied + "申请材料齐全、符合法定形式，本中心已于" + DAY.format(file.acceptedOn()) + "受理。");
                paragraphs.add("预计于" + DAY.format(file.dueOn()) + "前办结（按工作日计算，法定节假日顺延；依法中止的期间不计入）。");
                paragraphs.add("办理结果送达方式：" + file.delivery().mode().label().zh()
                        + (file.delivery().address().isEmpty() ? "" : "（" + file.delivery().address() + "）") + "。");
                paragraphs.add("可凭办件编号" + file.number() + "及联系电话后四位查询办理进度；" + where + "。");
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return new CaseDocument(kind, file.number(), file.applicant().name() + "：", paragraphs, takenAt.authority(),
                file.updatedAt().atZone(zone).toLocalDate());
    }

    private static void require(CaseFile file, CaseDocument.Kind kind, boolean present) {
        if (!present) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(
                    "办件当前状态为“" + file.state().label().zh() + "”，没有" + kind.title().zh(),
                    "a case that is " + file.state().label().en() + " has no " + kind.title().en()));
        }
    }
}
