package org.parkhall.itest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** The junk {@link InputFuzzIT} puts where the API expects a value, and the places of a JSON body it goes to. */
final class Junk {
    /** Junk values tried on every field besides the long strings and the worst few. */
    private static final int SAMPLED = 8;

    private Junk() {
    }

    /** A place in a JSON body that holds a value: a member of an object or an element of a list. */
    record Slot(JsonObject root, List<Object> steps) {
        JsonObject replaced(JsonElement value) {
            JsonObject copy = root.deepCopy();
            set(copy, value);
            return copy;
        }

        JsonObject removed() {
            JsonObject copy = root.deepCopy();
            set(copy, null);
            return copy;
        }

        private void set(JsonObject copy, JsonElement value) {
            JsonElement parent = copy;
            for (Object step : steps.subList(0, steps.size() - 1)) {
                parent = step instanceof String name ? parent.getAsJsonObject().get(name)
                        : parent.getAsJsonArray().get((Integer) step);
            }
            Object last = steps.get(steps.size() - 1);
            if (last instanceof String name) {
                if (value == null) {
                    parent.getAsJsonObject().remove(name);
                } else {
                    parent.getAsJsonObject().add(name, value);
                }
            } else if (value == null) {
                parent.getAsJsonArray().remove((int) (Integer) last);
            } else {
                parent.getAsJsonArray().set((Integer) last, value);
            }
        }
    }

    static List<Slot> slots(JsonObject root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, root, new ArrayList<>(), slots);
        return slots;
    }

    private static void collect(JsonObject root, JsonElement element, List<Object> steps, List<Slot> slots) {
        if (element.isJsonObject()) {
            for (String name : element.getAsJsonObject().keySet()) {
                List<Object> next = new ArrayList<>(steps);
                next.add(name);
                slots.add(new Slot(root, next));
                collect(root, element.getAsJsonObject().get(name), next, slots);
            }
        } else if (element.isJsonArray() && !element.getAsJsonArray().isEmpty()) {
            List<Object> next = new ArrayList<>(steps);
            next.add(0);
            slots.add(new Slot(root, next));
        }
    }

    /**
     * The junk for one field: strings one longer than each column length in the migrations, the characters names
     * must not hold, days and numbers out of range, a number and a list where text belongs; then {@value #SAMPLED}
     * more drawn from the rest.
     */
    static List<JsonElement> values(Random random) {
        List<JsonElement> junk = new ArrayList<>();
        for (int length : new int[] {2, 5, 9, 13, 17, 19, 21, 41, 51, 61, 65, 101, 129, 201, 401, 501, 1001, 2001,
            4001, 32001}) {
            junk.add(new JsonPrimitive("x".repeat(length)));
        }
        for (String text : List.of("A\u0000B", "\u202Eevil", "PH2026\n1124", "+999999999-12-31", "0000-01-01",
                "9999-12-31", "2147483648", "-1")) {
            junk.add(new JsonPrimitive(text));
        }
        junk.add(JsonParser.parseString("12345"));
        junk.add(JsonParser.parseString("[\"x\",1,null,{},[]]"));
        List<JsonElement> rest = new ArrayList<>();
        for (String text : List.of("", " ", "\u0007bell", "a\r\nb", "\t", "\u001b[31m", "\u0085", "x\u2066y\u2069",
                "\u200F", "\u061C", "\u200E", "-999999999-01-01", "2101-01-01", "1999-12-31", "2026-02-30",
                "2026-13-01", "24:00", "23:59:59.999999999", "-2147483649", "99999999999999999999", "0", "1e3", "0x10", "NaN", "٣", "approve", "ÄPPROVE",
                "APPROVE\u0000", "%s%n%x", "' OR '1'='1", "../../etc/passwd", "<script>x</script>", "\uD800",
                "😀".repeat(101), "中".repeat(201))) {
            rest.add(new JsonPrimitive(text));
        }
        for (String json : List.of("0", "-1", "2147483648", "1e308", "-0.0", "3.5", "true", "false", "null", "[]",
                "[[[\"deep\"]]]", "{}", "{\"k\":{\"k\":[null]}}", "[null]", "[\"a\",\"a\"]", "[12]")) {
            rest.add(JsonParser.parseString(json));
        }
        for (int i = 0; i < SAMPLED; i++) {
            junk.add(rest.remove(random.nextInt(rest.size())));
        }
        return junk;
    }

    /**
     * The junk for a path or query parameter, but for what Jetty refuses before the hall sees the request: a request
     * line longer than the 8 KiB Jetty reads, and what it {@code decodes} itself.
     */
    static List<JsonElement> forUri(Random random, Predicate<String> decodes) {
        return values(random).stream().filter(junk -> text(junk).length() <= 4001 && !decodes.test(text(junk)))
                .toList();
    }

    /** A junk value as it goes into a path or query: strings as they are, anything else as JSON. */
    static String text(JsonElement junk) {
        return junk.isJsonPrimitive() && junk.getAsJsonPrimitive().isString() ? junk.getAsString() : junk.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
