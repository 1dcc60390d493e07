package org.parkhall.spi;

/**
 * Input from outside (a form, a request, a handler) that the hall refuses, naming the field and saying why in
 * both languages, so the person who typed it can put it right.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Bilingual text;

    public InvalidInputException(String field, Bilingual text) {
        super(field + ": " + text.en());
        this.field = field;
        this.text = text;
    }

    public InvalidInputException(String field, String zh, String en) {
        this(field, Bilingual.of(zh, en));
    }

    public String field() {
        return field;
    }

    public Bilingual text() {
        return text;
    }
}
