package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/**
 * 网上办 end to end, against a real OpenID Connect server started on this machine ({@link LocalOidcServer}): a
 * person signs in through the provider's own sign-in page (authorization code with PKCE; the hall checks the state,
 * the nonce and the ID token's signature against the provider's JWKS), applies online for an item its department
 * takes online, gets the same one-time notice as at the window, uploads the materials as files (PDF, JPEG, PNG,
 * judged by content, within the size limit), supplements and is decided; follows the case and downloads what they
 * uploaded; the approver opens the files, and every view and download is in the case's ledger. Nobody else sees the
 * case, and online routes take no staff session.
 */
public class OnlineIT extends HallTestSupport {
    private static final String ITEM = "AMR-REG-02";
    private static final String PERSON = "11010519491231002X";
    private static final String OTHER_PERSON = "310115198001011238";
    private static final int MAX_BYTES = 65536;

    /** A browser's cookies for the hall, and the online session's CSRF token once signed in. */
    private static final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf = "";

        /** The same cookies, as a cross-site form would send them: without the page's token. */
        Browser withoutToken() {
            Browser copy = new Browser();
            copy.cookies.putAll(cookies);
            return copy;
        }

        String cookieHeader() {
            return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }

        void keep(Map<String, List<String>> headers) {
            for (String header : headers.getOrDefault("Set-Cookie", List.of())) {
                String[] pair = header.split(";")[0].split("=", 2);
                if (pair[1].isEmpty()) {
                    cookies.remove(pair[0]);
                } else {
                    cookies.put(pair[0], pair[1]);
                }
            }
        }
    }

    @Configuration
    @Override
    public Option[] configuration() {
        String cfg = "etc/org.parkhall.identity.oidc.cfg";
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut(cfg, "issuer", LocalOidcServer.issuer()),
                editConfigurationFilePut(cfg, "clientId", LocalOidcServer.CLIENT_ID),
                editConfigurationFilePut(cfg, "clientSecret", LocalOidcServer.CLIENT_SECRET),
                editConfigurationFilePut("etc/org.parkhall.materials.cfg", "maxBytes", String.valueOf(MAX_BYTES)));
    }

    @Test
    public void aPersonSignsInAppliesUploadsSupplementsAndFollowsTheirCaseOnline() throws Exception {
        for (String[] route : new String[][] {{"GET", "/api/v1/online/account"}, {"POST", "/api/v1/online/sign-out"},
                {"POST", "/api/v1/online/applications"}, {"GET", "/api/v1/online/cases"},
                {"GET", "/api/v1/online/cases/PH000"}, {"POST", "/api/v1/online/cases/PH000/supplement"},
                {"GET", "/api/v1/online/cases/PH000/materials/1"}}) {
            assertEquals(route[1] + " without an online session", 401,
                    anonymous(route[0], route[1], "{}").status());
        }
        assertEquals("a staff session is no online session", 401,
                as(CLERK, "GET", "/api/v1/online/account", "{}").status());
        assertEquals(401, upload(new Browser(), "/api/v1/online/cases/PH000/materials/premises", "application/pdf",
                pdf(100)).status());

        JsonObject items = json(anonymous("GET", "/api/v1/online/items", "{}"), 200);
        Set<String> online = new TreeSet<>();
        items.getAsJsonArray("items").forEach(item -> online.add(item.getAsJsonObject().get("code").getAsString()));
        assertTrue("the items taken online: " + online, online.contains(ITEM) && !online.contains("TAX-REG-01"));

        Browser person = signIn(PERSON, "王小明", "13812345678");
        JsonObject account = json(online(person, "GET", "/api/v1/online/account", null), 200);
        assertEquals("1101**********002X", account.get("idNumber").getAsString());
        assertEquals("a change without the online session's CSRF token", 403,
                send("POST", "/api/v1/online/applications", person.withoutToken(), "{}", null).status());

        JsonObject applied = json(online(person, "POST", "/api/v1/online/applications", "{\"itemCode\":\"" + ITEM
                + "\",\"facts\":{\"businessScope\":\"日用百货零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String number = applied.get("number").getAsString();
        assertEquals("SUPPLEMENT_REQUIRED", CaseLifecycleIT.code(applied, "state"));
        assertTrue("the one-time notice names every material: " + applied,
                applied.get("problems").toString().contains("application-form")
                        && applied.get("problems").toString().contains("operator-id"));
        String casePath = "/api/v1/online/cases/" + number;
        assertEquals(409, json409(online(person, "POST", "/api/v1/online/applications",
                "{\"itemCode\":\"TAX-REG-01\",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}")));

        byte[] form = pdf(2000);
        Response uploaded = upload(person, casePath + "/materials/application-form", "application/pdf", form);
        JsonObject stored = json(uploaded, 201);
        assertEquals(sha256(form), stored.get("sha256").getAsString());
        assertEquals("PDF", stored.get("type").getAsString());
        assertEquals("a text file sent as a PDF is judged by its content", 415, upload(person, casePath
                + "/materials/operator-id", "application/pdf", "not a PDF at all".getBytes()).status());
        Response tooLarge = upload(person, casePath + "/materials/operator-id", "image/jpeg", jpeg(MAX_BYTES + 1));
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.body(), tooLarge.body().contains("too_large") && tooLarge.body().contains("文件过大"));
        assertEquals(415, upload(person, casePath + "/materials/operator-id", "text/plain", jpeg(100)).status());
        assertEquals(400, upload(person, casePath + "/materials/no-such-material", "image/jpeg", jpeg(100)).status());
        json(upload(person, casePath + "/materials/operator-id", "image/jpeg", jpeg(3000)), 201);

        Browser other = signIn(OTHER_PERSON, "李四", "13900001111");
        assertEquals("another person's case is no such case", 404, online(other, "GET", casePath, null).status());
        assertEquals(404, upload(other, casePath + "/materials/premises", "image/png", png(100)).status());

        // The window scans the premises proof on the document camera and attaches it to the same case.
        JsonObject scan = json(upload(login(CLERK), "/api/v1/cases/" + number + "/materials/premises", "image/png",
                png(1500)), 201);
        assertEquals(401, upload(null, "/api/v1/cases/" + number + "/materials/premises", "image/png", png(10))
                .status());

        JsonObject decided = json(online(person, "POST", casePath + "/supplement", "{}"), 201);
        assertEquals("approved on the spot, as at the window: " + decided, "APPROVED",
                CaseLifecycleIT.code(decided, "state"));
        JsonObject cases = json(online(person, "GET", "/api/v1/online/cases", null), 200);
        assertTrue(cases.toString(), cases.toString().contains(number));
        JsonObject file = json(online(person, "GET", casePath, null), 200);
        assertEquals(3, file.getAsJsonArray("materials").size());
        Response download = online(person, "GET", casePath + "/materials/" + stored.get("id").getAsLong(), null);
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.contentType());

        String staffMaterials = "/api/v1/cases/" + number + "/materials";
        assertEquals(3, json(as(APPROVER, "GET", staffMaterials, "{}"), 200).getAsJsonArray("materials").size());
        assertEquals(401, anonymous("GET", staffMaterials, "{}").status());
        Response viewed = as(APPROVER, "GET", staffMaterials + "/" + scan.get("id").getAsLong(), "{}");
        assertEquals(200, viewed.status());
        assertEquals("image/png", viewed.contentType());
        assertTrue(viewed.headers().get("Content-Disposition").get(0).startsWith("inline"));
        assertEquals(401, anonymous("GET", staffMaterials + "/" + scan.get("id").getAsLong(), "{}").status());
        String ledger = as(APPROVER, "GET", "/api/v1/cases/" + number + "/ledger", "{}").body();
        for (String action : List.of("MATERIAL_ATTACHED", "MATERIAL_VIEWED", "MATERIAL_DOWNLOADED")) {
            assertTrue(action + " in " + ledger, ledger.contains(action));
        }

        assertEquals(201, online(person, "POST", "/api/v1/online/sign-out", "{}").status());
        assertEquals(401, online(person, "GET", "/api/v1/online/account", null).status());
    }

    @Test
    public void anAnswerNotBegunInThisBrowserOrWithAForgedStateSignsNobodyIn() throws Exception {
        Browser attacker = new Browser();
        Response begun = send("POST", "/api/v1/online/sign-in", attacker, "{}", null);
        attacker.keep(begun.headers());
        URI redirect = URI.create(json(begun, 201).get("redirect").getAsString());
        String state = query(redirect, "state");
        assertTrue(query(redirect, "code_challenge_method").equals("S256")
                && !query(redirect, "code_challenge").isEmpty() && !query(redirect, "nonce").isEmpty());
        Browser victim = new Browser();
        Response forged = send("GET", "/api/v1/online/sign-in/callback?state=" + state + "&code=stolen", victim, null,
                null);
        assertEquals(303, forged.status());
        assertEquals("/online/#sign-in-refused", forged.headers().get("Location").get(0));
        assertTrue(forged.headers().getOrDefault("Set-Cookie", List.of()).stream()
                .noneMatch(cookie -> cookie.startsWith("PARKHALL_PUBLIC=") && !cookie.startsWith("PARKHALL_PUBLIC=;")));
    }

    /** Signs in through the provider's sign-in page, as a browser: the hall, the provider, back to the hall. */
    private static Browser signIn(String idNumber, String name, String phone) throws IOException {
        Browser browser = new Browser();
        Response begun = send("POST", "/api/v1/online/sign-in", browser, "{}", null);
        browser.keep(begun.headers());
        URL authorize = new URL(json(begun, 201).get("redirect").getAsString());
        assertEquals(200, external("GET", authorize, null).status());
        String claims = "{\"id_number\":\"" + idNumber + "\",\"name\":\"" + name + "\",\"phone_number\":\"" + phone
                + "\"}";
        Response signedIn = external("POST", authorize, "username=" + enc("person-" + idNumber) + "&claims="
                + enc(claims));
        assertEquals(signedIn.body(), 302, signedIn.status());
        URI back = URI.create(header(signedIn, "Location"));
        Response callback = send("GET", back.getRawPath() + "?" + back.getRawQuery(), browser, null, null);
        assertEquals(callback.body(), 303, callback.status());
        assertEquals("/online/#cases", callback.headers().get("Location").get(0));
        browser.keep(callback.headers());
        browser.csrf = json(online(browser, "GET", "/api/v1/online/account", null), 200).get("csrfToken")
                .getAsString();
        return browser;
    }

    /** A header by name, whatever case the server wrote it in (the provider's server writes lower case). */
    private static String header(Response response, String name) {
        return response.headers().entrySet().stream().filter(entry -> name.equalsIgnoreCase(entry.getKey()))
                .map(entry -> entry.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name
                        + " in " + response.headers()));
    }

    private static Response online(Browser browser, String method, String path, String json) throws IOException {
        return send(method, path, browser, json, null);
    }

    private static int json409(Response response) {
        assertTrue(response.body(), response.body().contains("illegal_action"));
        return response.status();
    }

    private static Response upload(Object who, String path, String type, byte[] content) throws IOException {
        return send("POST", path, who, null, new Object[] {type, content});
    }

    /**
     * A request to the hall as {@code who} (a {@link Browser}, a staff {@link Login} or nobody), with a JSON body or
     * a file ({type, bytes}).
     */
    private static Response send(String method, String path, Object who, String json, Object[] file)
            throws IOException {
        URL url = new URL("http://127.0.0.1:" + System.getProperty("parkhall.http.port") + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        if (who instanceof Browser browser) {
            connection.setRequestProperty("Cookie", browser.cookieHeader());
            if (!browser.csrf.isEmpty() && json != null || !browser.csrf.isEmpty() && file != null) {
                connection.setRequestProperty("X-CSRF-Token", browser.csrf);
            }
        } else if (who instanceof Login login) {
            connection.setRequestProperty("Cookie", login.cookie());
            connection.setRequestProperty("X-CSRF-Token", login.csrfToken());
        }
        if (method.equals("POST")) {
            connection.setDoOutput(true);
            byte[] body = file != null ? (byte[]) file[1] : (json == null ? "{}" : json).getBytes(StandardCharsets.UTF_8);
            connection.setRequestProperty("Content-Type", file != null ? (String) file[0]
                    : "application/json; charset=UTF-8");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            } catch (IOException refusedMidway) {
                // the hall may answer 413 and close before the whole body is sent
            }
        }
        return read(connection);
    }

    private static Response external(String method, URL url, String form) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        if (form != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
        }
        return read(connection);
    }

    private static Response read(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, connection.getContentType(), body, connection.getHeaderFields());
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] pdf(int size) {
        return filled("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    private static byte[] jpeg(int size) {
        return filled(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size);
    }

    private static byte[] png(int size) {
        return filled(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size);
    }

    private static byte[] filled(byte[] magic, int size) {
        byte[] content = new byte[size];
        System.arraycopy(magic, 0, content, 0, magic.length);
        for (int i = magic.length; i < size; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
