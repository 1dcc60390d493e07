package org.parkhall.spi;

import java.util.List;
import java.util.Map;
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
}
