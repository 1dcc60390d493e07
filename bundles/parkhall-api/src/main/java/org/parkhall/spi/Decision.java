package org.parkhall.spi;

/**
 * A decision on an accepted case: approve (准予, naming what is issued, e.g. 营业执照) or deny (不予, with the
 * reasons the applicant is told).
 */
public record Decision(boolean approved, String result, String reasons) {
    public Decision {
        result = Checks.orEmpty(result);
        reasons = Checks.orEmpty(reasons);
        if (approved && result.isEmpty()) {
            throw new InvalidInputException("result", "准予决定须写明办理结果（如核发的证照）",
                    "an approval names what is issued");
        }
        if (!approved && reasons.isEmpty()) {
            throw new InvalidInputException("reasons", "不予决定须写明理由", "a denial needs its reasons");
        }
    }

    public static Decision approve(String result) {
        return new Decision(true, result, "");
    }

    public static Decision deny(String reasons) {
        return new Decision(false, "", reasons);
    }
}
