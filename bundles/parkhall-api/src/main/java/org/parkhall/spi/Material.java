package org.parkhall.spi;

import java.util.Optional;
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
 * @param en        the English of the texts above, each empty where none was given (read as the Chinese)
 */
public record Material(String code, String name, String condition, Form form, int copies, String template,
        String notes, English en) {
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

    /** The English of a material's texts; an empty one reads as the Chinese (as for departments of SPI 1.1). */
    public record English(String name, String condition, String template, String notes) {
        public static final English NONE = new English("", "", "", "");

        public English {
            name = Checks.orEmpty(name);
            condition = Checks.orEmpty(condition);
            template = Checks.orEmpty(template);
            notes = Checks.orEmpty(notes);
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
        // A guide stored before SPI 1.2 has no English; it reads as the Chinese.
        en = en == null ? English.NONE : new English(en.name(), Checks.english(condition, en.condition(), code
                + " condition"), Checks.english(template, en.template(), code + " template"),
                Checks.english(notes, en.notes(), code + " notes"));
    }

    /** The constructor of SPI 1.1, in Chinese only. */
    public Material(String code, String name, String condition, Form form, int copies, String template,
            String notes) {
        this(code, name, condition, form, copies, template, notes, English.NONE);
    }

    /** A material required in every case. */
    public static Material required(String code, String name, Form form, int copies, String notes) {
        return new Material(code, name, "", form, copies, "", notes);
    }

    /** A material required in every case, named in both languages; notes and template follow by the withers. */
    public static Material required(String code, Bilingual name, Form form, int copies) {
        return new Material(code, name.zh(), "", form, copies, "", "", new English(name.en(), "", "", ""));
    }

    /** A material required only under the given condition. */
    public static Material conditional(String code, String name, String condition, Form form, int copies,
            String notes) {
        return new Material(code, name, Checks.notBlank(condition, "material condition"), form, copies, "", notes);
    }

    /** A material required only under the given condition, both in both languages. */
    public static Material conditional(String code, Bilingual name, Bilingual condition, Form form, int copies) {
        return new Material(code, name.zh(), condition.zh(), form, copies, "", "",
                new English(name.en(), condition.en(), "", ""));
    }

    /** This material with what the clerk checks on it. */
    public Material withNotes(Bilingual notes) {
        return new Material(code, name, condition, form, copies, template, notes.zh(),
                new English(en.name(), en.condition(), en.template(), notes.en()));
    }

    /** This material with the name of its blank form or sample (空白表格/示范文本). */
    public Material withTemplate(Bilingual template) {
        return new Material(code, name, condition, form, copies, template.zh(), notes,
                new English(en.name(), en.condition(), template.en(), en.notes()));
    }

    /** The material's name in both languages. */
    public Bilingual nameText() {
        return Checks.bilingual(name, en.name());
    }

    /** When the material is required, in both languages; empty when always. */
    public Optional<Bilingual> conditionText() {
        return Checks.optional(condition, en.condition());
    }

    public Optional<Bilingual> templateText() {
        return Checks.optional(template, en.template());
    }

    public Optional<Bilingual> notesText() {
        return Checks.optional(notes, en.notes());
    }

    public boolean alwaysRequired() {
        return condition.isEmpty();
    }
}
