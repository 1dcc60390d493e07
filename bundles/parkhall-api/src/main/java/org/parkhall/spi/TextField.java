package org.parkhall.spi;

/**
 * A field of text that comes from outside (a form, a request, the shell), and the most it may hold: no more than the
 * column that stores it. {@link #check} refuses, naming the field, a text that is too long or holds a character
 * that has no place in it: a control character (NUL among them; a line break only in a multi-line field), or one
 * that reorders text on screen (bidi embeddings, overrides, isolates and marks), with which "‮gpj.exe" shows as
 * "exe.jpg" and a name can pass for another.
 *
 * @param name      the field as requests name it, e.g. {@code applicant.name}
 * @param label     what people call it, in the refusal
 * @param maxLength the most characters it may hold
 * @param multiLine whether it may hold line breaks (a note, reasons), or is one line (a name, an address, a code)
 */
public record TextField(String name, Bilingual label, int maxLength, boolean multiLine) {
    public TextField {
        name = Checks.notBlank(name, "field name");
        if (label == null || maxLength < 1) {
            throw new IllegalArgumentException("a text field needs a label and a positive length: " + name);
        }
    }

    /** A one-line field, such as a name or an address. */
    public static TextField line(String name, String zh, String en, int maxLength) {
        return new TextField(name, Bilingual.of(zh, en), maxLength, false);
    }

    /** A field that may hold line breaks, such as a note. */
    public static TextField lines(String name, String zh, String en, int maxLength) {
        return new TextField(name, Bilingual.of(zh, en), maxLength, true);
    }

    /** The same field under another name, e.g. one fact of a form: {@code facts.companyName}. */
    public TextField named(String otherName) {
        return new TextField(otherName, label, maxLength, multiLine);
    }

    /**
     * The text without surrounding white space ("" for none), once it is known to fit the field. Control
     * characters are refused at the ends too: a caller that keeps the text as given keeps none either.
     */
    public String check(String text) {
        String given = text == null ? "" : text;
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && c == '\n') || reordersText(c)) {
                throw new InvalidInputException(name, label.zh() + "含有不可见的控制字符（第" + (i + 1) + "个字符）",
                        label.en() + " holds an invisible control character (character " + (i + 1) + ")");
            }
        }
        String stripped = given.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(name, label.zh() + "不能超过" + maxLength + "个字符",
                    label.en() + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** As {@link #check}, refusing an empty text too. */
    public String required(String text) {
        String checked = check(text);
        if (checked.isEmpty()) {
            throw new InvalidInputException(name, "请填写" + label.zh(), label.en() + " is required");
        }
        return checked;
    }

    /** Arabic letter mark, left-to-right and right-to-left marks, embeddings, overrides and isolates. */
    private static boolean reordersText(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
