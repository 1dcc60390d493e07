package org.parkhall.spi;

/**
 * One thing wrong with an application, as the one-time notice (一次性告知书) lists it.
 *
 * @param subject the material code or form field it concerns
 * @param reason  what is missing or wrong and what to bring instead
 */
public record Problem(String subject, Bilingual reason) {
    public Problem {
        subject = Checks.notBlank(subject, "problem subject");
        if (reason == null) {
            throw new IllegalArgumentException("problem reason is required: " + subject);
        }
    }

    /** A form field that must be filled in and was left empty. */
    public static Problem required(String field, String zh, String en) {
        return new Problem(field, Bilingual.of("请填写" + zh, en + " is required"));
    }

    /** A material the application needs and did not present, named as the guide names it. */
    public static Problem missing(Material material) {
        Bilingual form = material.form().label();
        return new Problem(material.code(), Bilingual.of("缺少" + material.name() + "（" + form.zh()
                + material.copies() + "份）", "missing: " + material.nameText().en() + " (" + form.en() + ", "
                + material.copies() + (material.copies() == 1 ? " copy)" : " copies)")));
    }
}
