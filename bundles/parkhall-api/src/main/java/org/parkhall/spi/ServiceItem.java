package org.parkhall.spi;

import java.util.regex.Pattern;

/**
 * A catalog entry (政务服务事项): what is handled, by whom, in what time. Time limits are in working days:
 * {@code legalLimitDays} is the statutory limit (法定时限), {@code promisedLimitDays} the shorter one the hall
 * commits to (承诺时限); zero promised days means an instant item (即办件).
 */
public record ServiceItem(
        String code,
        Bilingual name,
        Department department,
        ItemKind kind,
        int legalLimitDays,
        int promisedLimitDays,
        ServiceGuide guide) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,12}){1,3}");

    public ServiceItem {
        code = Checks.notBlank(code, "item code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "item code must look like DEPT-PART (upper-case letters and digits, e.g. AMR-BL-01): " + code);
        }
        if (name == null || department == null || kind == null || guide == null) {
            throw new IllegalArgumentException("item " + code + " needs a name, department, kind and guide");
        }
        Checks.notNegative(legalLimitDays, "legal time limit");
        Checks.notNegative(promisedLimitDays, "promised time limit");
        if (promisedLimitDays > legalLimitDays) {
            throw new IllegalArgumentException("item " + code + ": promised limit (" + promisedLimitDays
                    + " days) exceeds the legal limit (" + legalLimitDays + " days)");
        }
    }

    /** Whether the item is decided on the spot (即办件). */
    public boolean instant() {
        return promisedLimitDays == 0;
    }
}
