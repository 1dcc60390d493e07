package org.parkhall.spi;

import java.util.regex.Pattern;

/**
 * Who applies: a person known by citizen ID number, or an enterprise known by its unified social credit code.
 * Both numbers are checksum-validated; the contact phone is a mainland mobile or a fixed line with area code.
 */
public record Applicant(Kind kind, String idNumber, String name, String phone) {
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    /** Person (自然人) or enterprise (法人及其他组织). */
    public enum Kind { PERSON, ENTERPRISE }

    public Applicant {
        if (kind == null) {
            throw new IllegalArgumentException("applicant kind (PERSON or ENTERPRISE) is required");
        }
        idNumber = Checks.notBlank(idNumber, kind == Kind.PERSON ? "ID card number" : "unified social credit code")
                .toUpperCase();
        if (kind == Kind.PERSON && !IdentityNumbers.isValidIdCard(idNumber)) {
            throw new IllegalArgumentException("ID card number is not a valid 18-digit citizen ID number");
        }
        if (kind == Kind.ENTERPRISE && !IdentityNumbers.isValidCreditCode(idNumber)) {
            throw new IllegalArgumentException("unified social credit code is not a valid 18-character code");
        }
        name = Checks.notBlank(name, "applicant name");
        phone = Checks.notBlank(phone, "contact phone").replace(" ", "");
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("contact phone is not a mobile or fixed-line number");
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
