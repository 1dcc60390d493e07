package org.parkhall.core.internal;

import java.util.Arrays;
import java.util.List;

/** List values of configurations, which arrive as one string from a .cfg file ("A, B") or as an array. */
public final class ConfigLists {
    private ConfigLists() {
    }

    /** The values split on commas (also full-width) and spaces, blanks and repeats dropped, order kept. */
    public static List<String> values(String[] configured) {
        return configured == null ? List.of() : Arrays.stream(configured)
                .flatMap(value -> Arrays.stream(value.split("[,，\\s]+")))
                .filter(value -> !value.isEmpty()).distinct().toList();
    }
}
