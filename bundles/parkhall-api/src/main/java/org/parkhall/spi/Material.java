package org.parkhall.spi;

import java.util.regex.Pattern;

/**
 * One application material (申请材料) in a service guide.
 *
 * @param code      short key the clerk's checklist and the handler's review refer to, e.g. {@code articles}
 * @param name      the material as the guide names it
 * @param condition empty when always required, otherwise when it is required (e.g. "委托代理人办理的")
 * @param form      original, copy or both
 * @param copies    how many copies of the paper form, at least one
 * @param template  name of the blank form or sample (空白表格/示范文本), empty when none
 * @param notes     what the clerk checks on it
 */
public record Material(String code, String name, String condition, Form form, int copies, String template,
        String notes) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Paper form in which the material is presented. */
    public enum Form {
        ORIGINAL("原件", "original"),
        COPY("复印件", "copy"),
        ORIGINAL_AND_COPY("原件及复印件", "original and copy"),
        ELECTRONIC("电子材料", "electronic");

        private final Bilingual label;

        Form(String zh, String en) {
            this.label = new Bilingual(zh, en);
        }

        public Bilingual label() {
            return label;
        }
    }

    public Material {
        code = Checks.notBlank(code, "material code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("material code must be lower-case letters, digits and '-': " + code);
        }
        name = Checks.notBlank(name, "material name");
        condition = Checks.orEmpty(condition);
        if (form == null) {
            throw new IllegalArgumentException("material form is required: " + code);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("material copies must be at least 1: " + code);
        }
        template = Checks.orEmpty(template);
        notes = Checks.orEmpty(notes);
    }

    /** A material required in every case. */
    public static Material required(String code, String name, Form form, int copies, String notes) {
        return new Material(code, name, "", form, copies, "", notes);
    }

    /** A material required only under the given condition. */
    public static Material conditional(String code, String name, String condition, Form form, int copies,
            String notes) {
        return new Material(code, name, Checks.notBlank(condition, "material condition"), form, copies, "", notes);
    }

    public boolean alwaysRequired() {
        return condition.isEmpty();
    }
}
