package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.Bundle;

/**
 * A clerk records an application with materials missing; the one-time notice (一次性告知) reaches the applicant's
 * phone through the SMTP channel the {@code parkhall} feature installs and the county's mail-to-SMS gateway (a real
 * mail server here), exactly once, with its subject and text; the hall admin sees it SENT in the outbox, cannot
 * send it again, and the applicant opts out with the case's query code.
 */
public class NoticeDeliveryIT extends HallTestSupport {
    private static final String PHONE = "13912345678";
    private static final String PERSON = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\","
            + "\"name\":\"张三\",\"phone\":\"" + PHONE + "\"}";
    private static final String COMPANY_FACTS = "{\"companyName\":\"上海庙能源科技有限公司\","
            + "\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"}";

    @Configuration
    @Override
    public Option[] configuration() {
        LocalMailServer.mailbox(PHONE);
        String smtp = "etc/org.parkhall.notice.smtp.cfg";
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut(smtp, "host", "127.0.0.1"),
                editConfigurationFilePut(smtp, "port", String.valueOf(LocalMailServer.smtpPort())),
                editConfigurationFilePut(smtp, "security", "none"),
                editConfigurationFilePut(smtp, "phoneDomain", LocalMailServer.PHONE_DOMAIN),
                systemProperty("parkhall.it.pop3.port").value(String.valueOf(LocalMailServer.pop3Port())),
                systemProperty("parkhall.it.mail.password").value(LocalMailServer.PASSWORD));
    }

    @Test
    public void aOneTimeNoticeReachesTheApplicantOnceAndTheApplicantCanOptOut() throws Exception {
        JsonObject noticed = json(as(CLERK, "POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\","
                + "\"applicant\":" + PERSON + ",\"presented\":[\"application-form\"],\"facts\":" + COMPANY_FACTS
                + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String number = noticed.get("number").getAsString();

        waitFor("the notice of " + number + " sent", () -> "SENT".equals(outboxOf(number).get("state")
                .getAsString()));
        List<String> mails = mailbox();
        assertEquals("one mail for one notice", 1, mails.size());
        String mail = mails.get(0);
        assertTrue(mail, mail.contains("To: " + PHONE + "@" + LocalMailServer.PHONE_DOMAIN));
        assertEquals("【园区政务服务分中心】一次性告知 / Park government service hall: one-time notice of what is missing",
                subject(mail));
        String body = body(mail);
        assertTrue(body, body.contains(number) && body.contains("材料需补正") && body.contains("退订码")
                && body.contains("one-time notice"));
        assertTrue("no name or ID number in a notice: " + body, !body.contains("张三")
                && !body.contains("110101199003074514"));

        JsonObject listed = outboxOf(number);
        assertEquals("SUPPLEMENT_NOTICE", listed.get("kind").getAsString());
        assertEquals(1, listed.get("attempts").getAsInt());
        assertEquals("139****5678", listed.get("maskedAddress").getAsString());
        assertError(http("POST", "/api/v1/notices/" + listed.get("id").getAsLong() + "/retry", "{}"), 409,
                "illegal_action");
        assertError(http("GET", "/api/v1/notices?state=LOST"), 400, "invalid");
        assertError(http("GET", "/api/v1/notices?kind=SUPPLEMENT_NOTICE&reference=x%27--"), 400, "invalid");
        assertEquals("the outbox is the hall admin's", 403, as(CLERK, "GET", "/api/v1/notices", "{}").status());

        for (String[] route : new String[][] {{"GET", "/api/v1/notices"}, {"POST", "/api/v1/notices/1/retry"},
                {"POST", "/api/v1/notices/1/cancel"}, {"POST", "/api/v1/notices/opt-out"},
                {"POST", "/api/v1/notices/opt-in"}}) {
            assertEquals(route[1] + " without a session", 401, anonymous(route[0], route[1], "{}").status());
        }
        json(as(CLERK, "POST", "/api/v1/notices/opt-out", "{\"subject\":\"13700001111\"}"), 201);
        json(as(CLERK, "POST", "/api/v1/notices/opt-in", "{\"subject\":\"13700001111\"}"), 201);
        assertError(as(CLERK, "POST", "/api/v1/notices/opt-out", "{\"subject\":\"张三\"}"), 400, "invalid");

        // With the channel away a notice waits, not lost; the admin may retry or cancel it, and a cancelled one
        // is not sent when the channel is back.
        Bundle smtp = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> "parkhall-notice-smtp".equals(bundle.getSymbolicName())).findFirst().orElseThrow();
        smtp.stop();
        try {
            String second = json(as(CLERK, "POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\","
                    + "\"applicant\":" + PERSON + ",\"presented\":[\"application-form\"],\"facts\":"
                    + COMPANY_FACTS + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201).get("number").getAsString();
            JsonObject waiting = outboxOf(second);
            assertEquals("QUEUED", waiting.get("state").getAsString());
            long id = waiting.get("id").getAsLong();
            assertEquals("QUEUED", json(http("POST", "/api/v1/notices/" + id + "/retry", "{}"), 201)
                    .get("state").getAsString());
            assertEquals("CANCELLED", json(http("POST", "/api/v1/notices/" + id + "/cancel", "{}"), 201)
                    .get("state").getAsString());
            assertError(http("POST", "/api/v1/notices/" + id + "/cancel", "{}"), 409, "illegal_action");
            assertError(http("POST", "/api/v1/notices/999999/retry", "{}"), 404, "not_found");
        } finally {
            smtp.start();
        }

        Matcher optOutCode = Pattern.compile("退订码([0-9A-Z]{8})").matcher(body);
        assertTrue(body, optOutCode.find());
        assertError(anonymous("POST", "/api/v1/public/notices/opt-out", "{\"code\":\"22222222\"}"), 404,
                "not_found");
        json(anonymous("POST", "/api/v1/public/notices/opt-out", "{\"code\":\"" + optOutCode.group(1) + "\"}"),
                201);
        json(as(CLERK, "POST", "/api/v1/notices/opt-in", "{\"subject\":\"" + PHONE + "\"}"), 201);

        String code = json(as(CLERK, "POST", "/api/v1/cases/" + number + "/query-code", "{}"), 201)
                .get("queryCode").getAsString();
        assertError(anonymous("POST", "/api/v1/public/cases/" + number + "/notices/opt-out",
                "{\"queryCode\":\"" + (code.equals("00000000") ? "11111111" : "00000000") + "\"}"), 404,
                "not_found");
        json(anonymous("POST", "/api/v1/public/cases/" + number + "/notices/opt-out",
                "{\"queryCode\":\"" + code + "\"}"), 201);
        JsonArray entries = json(http("GET", "/api/v1/ledger?limit=20"), 200).getAsJsonArray("events");
        assertTrue(entries.toString(), entries.toString().contains("NOTICE_OPT_OUT"));
        assertEquals("still one mail: nothing was sent twice", 1, mailbox().size());
    }

    /** The newest notice about {@code reference}, as the hall admin lists it. */
    private static JsonObject outboxOf(String reference) {
        try {
            JsonArray notices = json(http("GET", "/api/v1/notices?reference=" + reference), 200)
                    .getAsJsonArray("notices");
            assertEquals(notices.toString(), 1, notices.size());
            return notices.get(0).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mail in the applicant's mailbox, read over POP3 as the raw message (left on the server). */
    private static List<String> mailbox() throws IOException {
        String login = PHONE + "@" + LocalMailServer.PHONE_DOMAIN;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                Integer.getInteger("parkhall.it.pop3.port"))) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            ok(in.readLine());
            ok(pop(in, out, "USER " + login));
            ok(pop(in, out, "PASS " + System.getProperty("parkhall.it.mail.password")));
            String stat = ok(pop(in, out, "STAT"));
            int count = Integer.parseInt(stat.split(" ")[1]);
            List<String> mails = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ok(pop(in, out, "RETR " + i));
                StringBuilder mail = new StringBuilder();
                for (String line = in.readLine(); !line.equals("."); line = in.readLine()) {
                    mail.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                }
                mails.add(mail.toString());
            }
            pop(in, out, "QUIT");
            return mails;
        }
    }

    private static String pop(BufferedReader in, OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return in.readLine();
    }

    private static String ok(String reply) {
        assertTrue(String.valueOf(reply), reply != null && reply.startsWith("+OK"));
        return reply;
    }

    /** The Subject header, its RFC 2047 encoded words (B or Q, UTF-8) decoded and folded lines joined. */
    private static String subject(String mail) {
        Matcher header = Pattern.compile("(?m)^Subject: (.*(?:\\n[ \\t].*)*)").matcher(mail);
        assertTrue(mail, header.find());
        String folded = header.group(1).replaceAll("\\?=\\n[ \\t]+=\\?", "?==?").replaceAll("\\n[ \\t]+", " ");
        Matcher word = Pattern.compile("=\\?(?i:utf-8)\\?([BbQq])\\?([^?]*)\\?=").matcher(folded);
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (word.find()) {
            text.append(folded, at, word.start());
            byte[] bytes = word.group(1).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(2))
                    : quotedPrintable(word.group(2).replace('_', ' '));
            text.append(new String(bytes, StandardCharsets.UTF_8));
            at = word.end();
        }
        return text.append(folded.substring(at)).toString();
    }

    /** The text after the headers, decoded as its Content-Transfer-Encoding says. */
    private static String body(String mail) {
        int split = mail.indexOf("\n\n");
        String headers = mail.substring(0, split).toLowerCase();
        String content = mail.substring(split + 2);
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            return new String(quotedPrintable(content.replaceAll("=\\n", "")), StandardCharsets.UTF_8);
        }
        return content;
    }

    private static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
