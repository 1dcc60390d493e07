package org.parkhall.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Constructor checks shared by the value types; package-private so it is no part of the SPI. */
final class Checks {
    private Checks() {
    }

    static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static <T> Set<T> set(Set<T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
        }
        return Set.copyOf(values);
    }

    static Map<String, String> map(Map<String, String> values, String field) {
        if (values == null) {
            return Map.of();
        }
        values.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(field + " must not contain null keys or values");
            }
        });
        return Map.copyOf(values);
    }

    /**
     * The English of a Chinese text as a record keeps it: empty while the department has given none; refused for a
     * Chinese text that is itself empty, since there is nothing it could translate.
     */
    static String english(String zh, String en, String field) {
        String english = orEmpty(en);
        if (zh.isEmpty() && !english.isEmpty()) {
            throw new IllegalArgumentException(field + " has English but no Chinese");
        }
        return english;
    }

    /** As {@link #english(String, String, String)} for a list: none at all, or one English text per Chinese one. */
    static List<String> english(List<String> zh, List<String> en, String field) {
        List<String> english = list(en, field + " (English)");
        if (!english.isEmpty() && english.size() != zh.size()) {
            throw new IllegalArgumentException(field + ": " + english.size() + " English texts for " + zh.size()
                    + " Chinese ones");
        }
        return english.stream().map(text -> notBlank(text, field + " (English)")).toList();
    }

    /** A text a person reads: the English where given, else the Chinese (never a code). */
    static Bilingual bilingual(String zh, String en) {
        return Bilingual.of(zh, en.isEmpty() ? zh : en);
    }

    /** As {@link #bilingual(String, String)}, empty for an empty Chinese text (e.g. no condition). */
    static Optional<Bilingual> optional(String zh, String en) {
        return zh.isEmpty() ? Optional.empty() : Optional.of(bilingual(zh, en));
    }

    /** As {@link #bilingual(String, String)} for the texts of a list and their English, if any. */
    static List<Bilingual> bilingual(List<String> zh, List<String> en) {
        List<Bilingual> texts = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            texts.add(bilingual(zh.get(i), en.isEmpty() ? "" : en.get(i)));
        }
        return List.copyOf(texts);
    }

    static List<String> zh(List<Bilingual> texts) {
        return list(texts, "texts").stream().map(Bilingual::zh).toList();
    }

    static List<String> en(List<Bilingual> texts) {
        return list(texts, "texts").stream().map(Bilingual::en).toList();
    }

    /** A phone number as typed with its spaces and dashes left out, e.g. "0477-7612345" as "04777612345". */
    static String phoneDigits(String phone) {
        return phone == null ? "" : phone.strip().replace(" ", "").replace("-", "");
    }
}
