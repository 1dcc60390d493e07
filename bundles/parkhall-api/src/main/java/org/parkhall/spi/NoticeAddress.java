package org.parkhall.spi;

import java.util.regex.Pattern;

/**
 * Where a notice to an applicant goes: a phone number (the one every application and booking carries) or an email
 * address. Validated here, so a channel never sees an address it must guard against (no line breaks to inject
 * headers with). Shown and logged only {@link #masked()}.
 */
public record NoticeAddress(Kind kind, String value) {
    /** What a channel can reach, as it declares in {@link NoticeChannel#reaches()}. */
    public enum Kind { PHONE, EMAIL }

    /** A plain mailbox: no display name, no comments, no white space or control characters; at most 254 long. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public NoticeAddress {
        if (kind == null) {
            throw new InvalidInputException("address.kind", "请选择联系方式类型（PHONE 或 EMAIL）",
                    "the address kind (PHONE or EMAIL) is required");
        }
        value = value == null ? "" : value.strip();
        if (kind == Kind.PHONE) {
            value = Checks.phoneDigits(value);
            if (!IdentityNumbers.isValidPhone(value)) {
                throw new InvalidInputException("address.value", "手机号码无效：请填写11位手机号或带区号的固定电话",
                        "not a mobile or fixed-line number");
            }
        } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidInputException("address.value", "电子邮箱地址无效", "not a valid email address");
        }
    }

    public static NoticeAddress phone(String phone) {
        return new NoticeAddress(Kind.PHONE, phone);
    }

    public static NoticeAddress email(String email) {
        return new NoticeAddress(Kind.EMAIL, email);
    }

    /** The address as lists and logs show it: 138****5678, z***@example.org. */
    public String masked() {
        if (kind == Kind.PHONE) {
            return IdentityNumbers.maskPhone(value);
        }
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return kind + " " + masked();
    }
}
