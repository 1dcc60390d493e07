package org.parkhall.web.internal.http;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

/**
 * A request body read as strict JSON (RFC 8259) in UTF-8. Gson's default reading is lenient — unquoted names,
 * single quotes, comments, {@code NaN}, text after the value — so a body could mean one thing here and another to
 * a proxy or a log reader; only one reading is accepted. Nesting stays within Gson's limit of 255 levels.
 */
public final class StrictJson {
    private StrictJson() {
    }

    /** The JSON object {@code body} holds; a 400 {@code invalid} that names no parser or class otherwise. */
    public static JsonObject object(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("请求内容须为 UTF-8 编码", "the body is not valid UTF-8");
        }
        JsonElement json = parse(text);
        if (!json.isJsonObject()) {
            throw invalid("请求须为 JSON 对象", "send a JSON object");
        }
        return json.getAsJsonObject();
    }

    private static JsonElement parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement json = JsonParser.parseReader(reader);
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return json;
            }
        } catch (JsonParseException | IOException e) {
            // answered below: Gson's reason names its own classes and internals
        }
        throw invalid("请求内容不是有效的 JSON", "the body is not valid JSON");
    }

    private static ApiException invalid(String zh, String en) {
        return new ApiException(ErrorCode.INVALID, Bilingual.of(zh, en));
    }
}
