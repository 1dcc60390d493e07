package org.parkhall.web.internal.http;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.parkhall.spi.InvalidInputException;

/**
 * Reads fields of a JSON request body, naming the field in every error. Text is a JSON string (or absent, or null,
 * read as empty): a number, a list or an object where text belongs is refused, as is any list element or map value
 * that is not a string, instead of being turned into text by guessing.
 */
public final class Body {
    private final JsonObject json;
    private final String path;

    public Body(JsonObject json) {
        this(json, "");
    }

    private Body(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    public String text(String name) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (!isString(value)) {
            throw new InvalidInputException(path + name, "“" + name + "”须为文本", path + name + " must be text");
        }
        return value.getAsString();
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    /** A whole number, 0 when absent; a fraction, text or number beyond an int is refused naming the field. */
    public int integer(String name) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new InvalidInputException(path + name, "“" + name + "”须为整数", path + name + " must be a whole number");
        }
        try {
            return value.getAsBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(path + name, "“" + name + "”须为整数", path + name + " must be a whole number");
        }
    }

    /** true or false, false when absent; anything else is refused naming the field. */
    public boolean flag(String name) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new InvalidInputException(path + name, "“" + name + "”须为 true 或 false",
                    path + name + " must be true or false");
        }
        return value.getAsBoolean();
    }

    public LocalDate day(String name) {
        return day(path + name, text(name));
    }

    public LocalTime time(String name) {
        String value = text(name).strip();
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path + name, "时间格式应为 HH:mm：" + value, path + name
                    + " must be HH:mm: " + value);
        }
    }

    /** A day written YYYY-MM-DD, as a parameter or field {@code name}. */
    public static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "日期格式应为 YYYY-MM-DD：" + value, name + " must be YYYY-MM-DD: "
                    + value);
        }
    }

    public Body object(String name) {
        JsonElement value = json.get(name);
        if (value == null || !value.isJsonObject()) {
            throw new InvalidInputException(path + name, "缺少“" + name + "”", path + name + " is required");
        }
        return new Body(value.getAsJsonObject(), path + name + ".");
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return choice(name, type, text(name));
    }

    /** {@code value} as one of {@code type}'s constants, case-insensitive; errors name {@code name}. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path + name, "“" + name + "”的取值无效：" + value,
                    path + name + " has no value " + value);
        }
    }

    public Set<String> texts(String name) {
        JsonElement value = json.get(name);
        Set<String> texts = new LinkedHashSet<>();
        if (value == null || value.isJsonNull()) {
            return texts;
        }
        if (!value.isJsonArray()) {
            throw new InvalidInputException(path + name, "“" + name + "”须为列表", path + name + " must be a list");
        }
        for (JsonElement element : value.getAsJsonArray()) {
            if (!isString(element)) {
                throw new InvalidInputException(path + name, "“" + name + "”的每一项须为文本",
                        "each element of " + path + name + " must be text");
            }
            texts.add(element.getAsString());
        }
        return texts;
    }

    public Map<String, String> textMap(String name) {
        JsonElement value = json.get(name);
        Map<String, String> map = new HashMap<>();
        if (value == null || value.isJsonNull()) {
            return map;
        }
        if (!value.isJsonObject()) {
            throw new InvalidInputException(path + name, "“" + name + "”须为键值对", path + name + " must be an object");
        }
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (!isString(entry.getValue())) {
                throw new InvalidInputException(path + name, "“" + name + "”的每一项须为文本",
                        "each value of " + path + name + " must be text");
            }
            map.put(entry.getKey(), entry.getValue().getAsString());
        }
        return map;
    }
}
