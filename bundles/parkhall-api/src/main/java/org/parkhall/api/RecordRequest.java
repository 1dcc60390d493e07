package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * A work record as recorded at the desk or asked for online. What each {@link RecordKind} needs is checked here,
 * once, for every face; what a kind does not keep is dropped.
 *
 * @param recordClass   办不成事反映 only: how hard it is, which sets its deadlines
 * @param party         who it is for; a consultation may be anonymous
 * @param itemCodes     the items it is about (帮办代办: the items it produced), at most {@value #MAX_REFERENCES}
 * @param caseNumbers   the cases it is about (帮办代办: the cases it produced), at most {@value #MAX_REFERENCES}
 * @param concerns      投诉处理 only: whom or what the complaint is about
 * @param matter        what could not be done and why, the complaint, what was done on the party's behalf, the
 *                      question, or what the enterprise asks for on site
 * @param outcome       咨询导办 only: the answer given
 * @param referredTo    咨询导办 only: where the person was sent instead (a counter, a department)
 * @param authorisation 帮办代办 only: the authorisation seen (授权委托书, ID card…)
 * @param address       上门服务 only: where to go
 * @param wantedOn      上门服务 only: the day the enterprise would like, if any
 * @since 3.2
 */
public record RecordRequest(RecordKind kind, RecordChannel channel, RecordClass recordClass, RecordParty party,
        List<String> itemCodes, List<String> caseNumbers, RecordConcern concerns, String matter, String outcome,
        String referredTo, String authorisation, String address, LocalDate wantedOn) {
    public static final int MAX_REFERENCES = 10;
    public static final TextField MATTER = TextField.lines("matter", "事由", "what it is about", 2000);
    public static final TextField OUTCOME = TextField.lines("outcome", "答复内容", "answer", 2000);
    public static final TextField REFERRED_TO = TextField.line("referredTo", "引导去向", "referred to", 100);
    public static final TextField AUTHORISATION = TextField.line("authorisation", "授权材料", "authorisation seen", 200);
    public static final TextField ADDRESS = TextField.line("address", "上门地址", "address", 200);
    static final TextField ITEM_CODE = TextField.line("itemCodes", "事项编码", "item code", 40);
    static final TextField CASE_NUMBER = TextField.line("caseNumbers", "办件编号", "case number", 30);

    public RecordRequest {
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择记录类别", "choose the kind of record");
        }
        if (channel == null) {
            throw new InvalidInputException("channel", "请选择来源渠道", "choose the channel");
        }
        matter = MATTER.required(matter);
        itemCodes = references(ITEM_CODE, itemCodes);
        caseNumbers = references(CASE_NUMBER, caseNumbers);
        recordClass = kind == RecordKind.UNRESOLVED ? required(recordClass, "recordClass",
                Bilingual.of("请选择办不成事的类别（简单、一般、复杂）", "choose the class (SIMPLE, ORDINARY or COMPLEX)")) : null;
        concerns = kind == RecordKind.COMPLAINT ? required(concerns, "concerns",
                Bilingual.of("请填写投诉对象", "say whom or what the complaint is about")) : null;
        if (kind != RecordKind.CONSULTATION) {
            party = required(party, "party", Bilingual.of("请填写当事人", "say who it is for"));
        }
        if ((kind.callsBack() || kind == RecordKind.ONSITE) && party.phone().isEmpty()) {
            throw new InvalidInputException("party.phone", "请填写联系电话，以便答复和回访",
                    "a contact phone is needed for the reply and the call back");
        }
        if (kind == RecordKind.ONSITE && party.kind() != Applicant.Kind.ENTERPRISE) {
            throw new InvalidInputException("party.kind", "上门服务面向企业", "on-site service is for enterprises");
        }
        outcome = kind == RecordKind.CONSULTATION ? OUTCOME.check(outcome) : "";
        referredTo = kind == RecordKind.CONSULTATION ? REFERRED_TO.check(referredTo) : "";
        if (kind == RecordKind.CONSULTATION && outcome.isEmpty() && referredTo.isEmpty()) {
            throw new InvalidInputException("outcome", "请填写答复内容或引导去向", "give the answer or where the person was sent");
        }
        authorisation = kind == RecordKind.ASSISTED ? AUTHORISATION.required(authorisation) : "";
        address = kind == RecordKind.ONSITE ? ADDRESS.required(address) : "";
        wantedOn = kind == RecordKind.ONSITE ? wantedOn : null;
    }

    private static <T> T required(T value, String field, Bilingual missing) {
        if (value == null) {
            throw new InvalidInputException(field, missing.zh(), missing.en());
        }
        return value;
    }

    private static List<String> references(TextField field, List<String> given) {
        List<String> checked = given == null ? List.of()
                : given.stream().map(field::check).filter(text -> !text.isEmpty()).distinct().toList();
        if (checked.size() > MAX_REFERENCES || checked.stream().anyMatch(text -> text.contains(","))) {
            throw new InvalidInputException(field.name(), field.label().zh() + "最多" + MAX_REFERENCES + "个，且不含逗号",
                    "at most " + MAX_REFERENCES + " " + field.label().en() + "s, without commas");
        }
        return checked;
    }
}
