package org.parkhall.spi;

import java.util.Optional;

/**
 * Who signed in online, as the identity provider vouches: the provider's subject, a person known by citizen ID
 * number (checked as at the window), their name and phone when the provider gives one, and the enterprise they
 * act for when they signed in on an enterprise's behalf (法人账号: its unified social credit code and name). Since
 * SPI 1.4.
 */
public record PublicIdentity(String subject, String idNumber, String name, String phone, Enterprise actsFor) {
    /** An enterprise a person acts for (经办人), with its checked credit code. */
    public record Enterprise(String creditCode, String name) {
        public Enterprise {
            creditCode = creditCode == null ? "" : creditCode.strip().toUpperCase();
            if (!IdentityNumbers.isValidCreditCode(creditCode)) {
                throw new SignInRefused("身份提供方给出的统一社会信用代码无效", "the provider's credit code is not valid");
            }
            name = Applicant.NAME.required(name);
        }
    }

    public PublicIdentity {
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new SignInRefused("身份提供方未给出用户标识", "the provider named no subject");
        }
        idNumber = idNumber == null ? "" : idNumber.strip().toUpperCase();
        if (!IdentityNumbers.isValidIdCard(idNumber)) {
            throw new SignInRefused("身份提供方给出的身份证号码无效", "the provider's ID number is not valid");
        }
        name = Applicant.NAME.required(name);
        phone = phone == null ? "" : Checks.phoneDigits(phone);
        if (!phone.isEmpty() && !IdentityNumbers.isValidPhone(phone)) {
            phone = ""; // a phone the hall cannot use is asked for when applying, not a reason to refuse sign-in
        }
    }

    public Optional<Enterprise> enterprise() {
        return Optional.ofNullable(actsFor);
    }

    /** Who this is with the ID number masked, for logs. */
    @Override
    public String toString() {
        return name + " " + IdentityNumbers.maskIdCard(idNumber) + enterprise().map(e -> " for " + e.creditCode())
                .orElse("");
    }
}
