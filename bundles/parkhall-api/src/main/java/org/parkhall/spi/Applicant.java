package org.parkhall.spi;

/**
 * Who applies: a person known by citizen ID number, or an enterprise known by its unified social credit code.
 * Both numbers are checksum-validated; the contact phone is a mainland mobile or a fixed line with area code.
 */
public record Applicant(Kind kind, String idNumber, String name, String phone) {
    /** A person's or an enterprise's name, as long as {@code case_file.applicant_name} holds. */
    public static final TextField NAME = TextField.line("applicant.name", "申请人名称", "applicant name", 200);

    /** Person (自然人) or enterprise (法人及其他组织). */
    public enum Kind { PERSON, ENTERPRISE }

    public Applicant {
        if (kind == null) {
            throw new InvalidInputException("applicant.kind", "请选择申请人类型（自然人或企业）",
                    "applicant kind (PERSON or ENTERPRISE) is required");
        }
        idNumber = idNumber == null ? "" : idNumber.strip().toUpperCase();
        if (kind == Kind.PERSON && !IdentityNumbers.isValidIdCard(idNumber)) {
            throw new InvalidInputException("applicant.idNumber", "身份证号码无效：须为18位，地区码、出生日期和校验位正确",
                    "ID card number is not a valid citizen ID number (18 characters, real region, birth date and check)");
        }
        if (kind == Kind.ENTERPRISE && !IdentityNumbers.isValidCreditCode(idNumber)) {
            throw new InvalidInputException("applicant.idNumber", "统一社会信用代码无效：须为18位，登记管理部门、机构类别、组织机构代码和校验位正确",
                    "unified social credit code is not valid (18 characters, registration authority, category, organisation code and check)");
        }
        name = NAME.required(name);
        phone = Checks.phoneDigits(phone);
        if (!IdentityNumbers.isValidPhone(phone)) {
            throw new InvalidInputException("applicant.phone", "联系电话无效：请填写11位手机号或带区号的固定电话",
                    "contact phone is not a mobile or fixed-line number");
        }
    }

    /** This applicant with the ID number and phone masked, for lists and logs. */
    public String masked() {
        String id = kind == Kind.PERSON ? IdentityNumbers.maskIdCard(idNumber) : idNumber;
        return name + " " + id + " " + IdentityNumbers.maskPhone(phone);
    }

    @Override
    public String toString() {
        return masked();
    }
}
