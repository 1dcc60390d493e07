package org.parkhall.jetty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.BufferUtil;
import org.junit.Test;
import org.parkhall.api.ErrorCode;

public class JsonErrorHandlerTest {

    @Test
    public void aRequestJettyCannotParseIsAnsweredInTheApiErrorShapeWithoutItsReason() {
        HttpFields fields = new HttpFields();
        String body = BufferUtil.toString(new JsonErrorHandler().badMessageError(400,
                "Illegal character CNTL=0x1 in <script>", fields), StandardCharsets.UTF_8);
        assertEquals("{\"error\":{\"code\":\"invalid\",\"message\":\"请求格式有误，无法解析\",\"messageEn\":"
                + "\"malformed request\"}}", body);
        assertEquals("application/json;charset=utf-8", fields.get(HttpHeader.CONTENT_TYPE));
        assertFalse(body.contains("CNTL"));
    }

    @Test
    public void limitsHaveTheirOwnCodes() {
        assertEquals("{\"error\":{\"code\":\"headers_too_large\",\"message\":\"请求头过大\",\"messageEn\":"
                + "\"request headers too large\"}}", JsonErrorHandler.json(431));
        assertEquals("{\"error\":{\"code\":\"uri_too_long\",\"message\":\"请求地址过长\",\"messageEn\":"
                + "\"request URI too long\"}}", JsonErrorHandler.json(414));
    }

    @Test
    public void everyCodeWrittenIsOneOfTheApis() {
        Pattern code = Pattern.compile("\\{\"error\":\\{\"code\":\"([a-z_]+)\"");
        for (int status = 400; status < 600; status++) {
            Matcher written = code.matcher(JsonErrorHandler.json(status));
            assertTrue(written.lookingAt());
            ErrorCode.of(written.group(1)); // throws for a code the API does not have
        }
    }
}
