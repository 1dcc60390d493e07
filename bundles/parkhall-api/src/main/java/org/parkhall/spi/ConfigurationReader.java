package org.parkhall.spi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one configuration (a component's properties) value by value against its rule. A value that breaks its
 * rule yields its default and is recorded as a {@link ConfigurationProblem}, so a component is always built and
 * decides, with every problem in hand, whether to keep its last good configuration.
 *
 * <p>Felix fileinstall reads {@code .cfg} files as ISO-8859-1: Chinese saved as UTF-8 arrives as one character per
 * byte. Text that decodes strictly as UTF-8 is taken as such; other bytes above ASCII are refused.
 */
public final class ConfigurationReader {
    /** Where fileinstall records the file a configuration came from. */
    static final String FILE = "felix.fileinstall.filename";

    private final Map<String, ?> properties;
    private final List<ConfigurationProblem> problems = new ArrayList<>();

    public ConfigurationReader(Map<String, ?> properties) {
        this.properties = properties == null ? Map.of() : properties;
    }

    /** The configuration's PID, or the component's name when it runs without one. */
    public String pid() {
        String pid = raw("service.pid");
        return pid.isEmpty() ? raw("component.name") : pid;
    }

    /** The file it came from as {@code etc/<name>}, or empty when it was not read from a file. */
    public String file() {
        Object location = properties.get(FILE);
        if (location == null) {
            return "";
        }
        String path = String.valueOf(location).replace('\\', '/');
        int name = path.lastIndexOf('/');
        int folder = name > 0 ? path.lastIndexOf('/', name - 1) : -1;
        return path.substring(folder + 1);
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when missing or refused. */
    public int integer(String key, int fallback, int min, int max) {
        String raw = raw(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the rule, like a number out of range
        }
        refuse(key, raw, Bilingual.of(min + "到" + max + "之间的整数", "a whole number from " + min + " to " + max));
        return fallback;
    }

    /** A whole number that must be given; empty (and refused) when missing or out of its range. */
    public OptionalInt requiredInteger(String key, int min, int max) {
        if (raw(key).isEmpty()) {
            refuse(key, "", Bilingual.of("必须填写（" + min + "到" + max + "之间的整数）",
                    "is required (a whole number from " + min + " to " + max + ")"));
            return OptionalInt.empty();
        }
        int refusedBefore = problems.size();
        int value = integer(key, min, min, max);
        return problems.size() == refusedBefore ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** A text, stripped; {@code fallback} when missing (not when given empty) or when its bytes are not UTF-8. */
    public String text(String key, String fallback) {
        if (properties.get(key) == null) {
            return fallback;
        }
        String raw = raw(key);
        String decoded = utf8(raw);
        if (decoded == null) {
            refuse(key, raw, Bilingual.of("文件须以UTF-8编码保存（或写作\\uXXXX转义）",
                    "text must be saved as UTF-8 (or written as \\uXXXX escapes)"));
            return fallback;
        }
        return decoded;
    }

    /** A text that must be given; empty (and refused) when missing. */
    public String required(String key) {
        String value = text(key, "");
        if (value.isEmpty() && problems.stream().noneMatch(problem -> problem.key().equals(key))) {
            refuse(key, "", Bilingual.of("必须填写", "is required"));
        }
        return value;
    }

    /** A text that must be given and match {@code pattern} whole; empty (and refused with {@code rule}) otherwise. */
    public String matching(String key, String pattern, Bilingual rule) {
        String value = text(key, "");
        if (!value.matches(pattern)) {
            refuse(key, value, rule);
            return "";
        }
        return value;
    }

    /**
     * A list, given as one text ({@code A, B}; commas, full-width commas or spaces) or as an array; blanks and
     * repeats dropped, order kept. {@code fallback} (in the same form) when missing.
     */
    public List<String> list(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split("[,，\\s]+")).filter(value -> !value.isEmpty()).distinct()
                .toList();
    }

    /**
     * A value {@code parser} makes of the text; when the parser throws (e.g. a parse exception) the value is
     * refused with {@code rule} (or the parser's own bilingual text, from an {@link InvalidInputException}) and
     * {@code fallback}, which must parse, is used.
     */
    public <T> T parsed(String key, String fallback, Bilingual rule, Function<String, T> parser) {
        String text = text(key, fallback);
        try {
            return parser.apply(text);
        } catch (InvalidInputException refused) {
            refuse(key, text, refused.text());
        } catch (RuntimeException refused) {
            refuse(key, text, rule);
        }
        return parser.apply(fallback);
    }

    /** Records a refusal found by a rule across values (e.g. one range inside another). */
    public void refuse(String key, String value, Bilingual rule) {
        problems.add(new ConfigurationProblem(key, value, rule));
    }

    /** Whether every value was taken as written. */
    public boolean valid() {
        return problems.isEmpty();
    }

    public List<ConfigurationProblem> problems() {
        return List.copyOf(problems);
    }

    /** The value as text, arrays and lists joined by commas; empty when missing. */
    private String raw(String key) {
        Object value = properties.get(key);
        if (value instanceof Object[] values) {
            value = Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
        } else if (value instanceof Collection<?> values) {
            value = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** The text itself, or re-read as UTF-8 when it came in one character per byte; null when not UTF-8. */
    static String utf8(String text) {
        if (text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
            return decoded.toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
