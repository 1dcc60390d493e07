package org.parkhall.shell.internal;

/**
 * How many terminal columns a text takes: East Asian Wide and Fullwidth characters (汉字, 全角 punctuation, Hangul,
 * kana) take two, combining marks and format characters none, everything else one (Unicode Standard Annex #11).
 */
final class DisplayWidth {
    /** The Wide and Fullwidth blocks of UAX #11, as pairs of first and last code point. */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
        0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
        0x1F300, 0x1F64F, 0x1F900, 0x1F9FF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

    private DisplayWidth() {
    }

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        for (int i = 0; i < WIDE.length; i += 2) {
            if (codePoint >= WIDE[i] && codePoint <= WIDE[i + 1]) {
                return 2;
            }
        }
        return 1;
    }

    /** The longest start of {@code text} that fits {@code columns}, with "…" where it was cut. */
    static String cut(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int codePoint : text.codePoints().toArray()) {
            int width = of(codePoint);
            if (used + width > columns - 1) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += width;
        }
        return kept.append('…').toString();
    }
}
