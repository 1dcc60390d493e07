package org.parkhall.spi;

/**
 * An identity provider's refusal to say who signed in, in both languages: the answer was refused (a wrong
 * state, a bad signature, the person cancelled: {@link #unreachable} false) or the provider did not answer
 * ({@code true}). Since SPI 1.4.
 */
public class SignInRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Bilingual text;
    private final boolean unreachable;

    public SignInRefused(Bilingual text, boolean unreachable, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
        this.unreachable = unreachable;
    }

    public SignInRefused(String zh, String en) {
        this(Bilingual.of(zh, en), false, null);
    }

    public Bilingual text() {
        return text;
    }

    public boolean unreachable() {
        return unreachable;
    }
}
