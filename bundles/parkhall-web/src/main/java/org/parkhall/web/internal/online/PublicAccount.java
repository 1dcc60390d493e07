package org.parkhall.web.internal.online;

import org.parkhall.api.CaseFile;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.PublicIdentity;

/**
 * A member of the public signed in online, as their identity provider vouched, with their session's CSRF token.
 * They apply as themselves, or for the enterprise they signed in for; they see the cases filed under either.
 */
public record PublicAccount(PublicIdentity identity, String csrfToken) {
    /** The request attribute the access filter puts the signed-in applicant under. */
    public static final String ATTRIBUTE = "parkhall.applicant";

    /** Who acts, as the ledger names them: online, by their masked ID number. */
    public String actor() {
        return "online:" + IdentityNumbers.maskIdCard(identity.idNumber());
    }

    /** The applicant of an application they make, as a person or for their enterprise, with a contact phone. */
    public Applicant applicant(Applicant.Kind kind, String phone) {
        String contact = phone == null || phone.isBlank() ? identity.phone() : phone;
        if (kind == Applicant.Kind.ENTERPRISE) {
            PublicIdentity.Enterprise enterprise = identity.enterprise().orElseThrow(() -> new InvalidInputException(
                    "applicant.kind", "您未以企业经办人身份登录，不能以企业名义申请",
                    "you did not sign in for an enterprise, so you cannot apply as one"));
            return new Applicant(kind, enterprise.creditCode(), enterprise.name(), contact);
        }
        return new Applicant(Applicant.Kind.PERSON, identity.idNumber(), identity.name(), contact);
    }

    /** Whether the case was filed by them or by the enterprise they act for. */
    public boolean owns(CaseFile file) {
        Applicant applicant = file.applicant();
        return applicant.kind() == Applicant.Kind.PERSON ? applicant.idNumber().equals(identity.idNumber())
                : identity.enterprise().map(enterprise -> enterprise.creditCode().equals(applicant.idNumber()))
                        .orElse(false);
    }
}
