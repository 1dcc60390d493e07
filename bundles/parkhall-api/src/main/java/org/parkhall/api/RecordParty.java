package org.parkhall.api;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * The person or enterprise a work record is for. The ID number (citizen ID or unified social credit code) may be
 * left out, as a caller on the phone may not give it, but one given must be valid; the phone is what the call back
 * (回访) is made on.
 *
 * @since 3.2
 */
public record RecordParty(Applicant.Kind kind, String idNumber, String name, String phone) {
    public static final TextField NAME = Applicant.NAME.named("party.name");

    public RecordParty {
        if (kind == null) {
            throw new InvalidInputException("party.kind", "请选择当事人类型（自然人或企业）",
                    "choose whether it is a person (PERSON) or an enterprise (ENTERPRISE)");
        }
        idNumber = idNumber == null ? "" : idNumber.strip().toUpperCase();
        if (!idNumber.isEmpty() && (kind == Applicant.Kind.PERSON ? !IdentityNumbers.isValidIdCard(idNumber)
                : !IdentityNumbers.isValidCreditCode(idNumber))) {
            throw new InvalidInputException("party.idNumber", kind == Applicant.Kind.PERSON
                    ? "身份证号码无效：须为18位，地区码、出生日期和校验位正确" : "统一社会信用代码无效：须为18位且校验位正确",
                    kind == Applicant.Kind.PERSON ? "the citizen ID number is not valid"
                            : "the unified social credit code is not valid");
        }
        name = NAME.required(name);
        phone = phone == null ? "" : phone.strip().replace(" ", "").replace("-", "");
        if (!phone.isEmpty() && !IdentityNumbers.isValidPhone(phone)) {
            throw new InvalidInputException("party.phone", "联系电话无效：请填写11位手机号或带区号的固定电话",
                    "contact phone is not a mobile or fixed-line number");
        }
    }

    /** The party with the ID number and phone masked, for lists and logs. */
    public String masked() {
        String id = kind == Applicant.Kind.PERSON ? IdentityNumbers.maskIdCard(idNumber) : idNumber;
        return (name + " " + id + " " + IdentityNumbers.maskPhone(phone)).replaceAll(" +", " ").strip();
    }

    @Override
    public String toString() {
        return masked();
    }
}
