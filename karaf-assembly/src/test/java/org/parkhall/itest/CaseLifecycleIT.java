package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;

/** A clerk's whole case through REST and the shell, a joint application (一件事) across departments, and bad input. */
public class CaseLifecycleIT extends HallTestSupport {
    private static final String PERSON = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\","
            + "\"name\":\"张三\",\"phone\":\"13812345678\"}";
    private static final String ENTERPRISE = "{\"kind\":\"ENTERPRISE\",\"idNumber\":\"91350100M000100Y43\","
            + "\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"}";
    private static final String COMPANY_FACTS = "{\"companyName\":\"上海庙能源科技有限公司\","
            + "\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"}";

    @Test
    public void aCompanyRegistrationGoesFromOneTimeNoticeToClosedThroughRestAndShell() throws Exception {
        JsonObject noticed = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":"
                + PERSON + ",\"presented\":[\"application-form\"],\"facts\":" + COMPANY_FACTS
                + ",\"delivery\":{\"mode\":\"EXPRESS\",\"address\":\"内蒙古鄂尔多斯市鄂托克前旗上海庙镇园区路1号\"}}"), 201);
        String number = noticed.get("number").getAsString();
        assertTrue(number, number.matches("PH\\d{12}"));
        assertEquals("SUPPLEMENT_REQUIRED", code(noticed, "state"));
        assertEquals("every missing material at once", List.of("articles", "shareholder-ids", "premises"),
                subjects(noticed.getAsJsonArray("problems")));

        JsonObject notice = json(http("GET", "/api/v1/cases/" + number + "/documents/notice"), 200);
        assertEquals("一次性告知书", notice.getAsJsonObject("kind").get("zh").getAsString());
        String noticeText = notice.getAsJsonArray("paragraphs").toString();
        assertTrue(noticeText, noticeText.contains("第三十二条") && noticeText.contains("3. 缺少住所"));
        assertError(http("GET", "/api/v1/cases/" + number + "/documents/receipt"), 409, "illegal_action");

        JsonObject accepted = json(http("POST", "/api/v1/cases/" + number + "/supplement",
                "{\"presented\":[\"articles\",\"shareholder-ids\",\"premises\"]}"), 201);
        assertEquals("ACCEPTED", code(accepted, "state"));
        assertTrue("due one working day after acceptance", accepted.get("dueOn").getAsString()
                .compareTo(accepted.get("acceptedOn").getAsString()) > 0);
        assertEquals("a one-day promise is not amber on the day it is taken", "ON_TIME", code(accepted, "timeStatus"));
        String receipt = json(http("GET", "/api/v1/cases/" + number + "/documents/receipt"), 200)
                .getAsJsonArray("paragraphs").toString();
        assertTrue(receipt, receipt.contains("已于") && receipt.contains("快递送达"));

        assertError(http("POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"CLOSE\"}"), 409,
                "illegal_action");
        assertTrue(shell("hall:case-act " + number + " DISPATCH", "admin").contains("审查中"));
        assertError(http("POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"DENY\"}"), 400, "invalid");
        act(number, "APPROVE", "营业执照（正副本）", "APPROVED");
        act(number, "DELIVER", "SF1234567890", "DELIVERED");
        act(number, "CLOSE", "", "CLOSED");

        String shown = shell("hall:case " + number, "admin");
        assertTrue(shown, shown.contains("办结"));
        assertTrue("the shell masks the ID number", shown.contains("1101**********4514"));
        assertFalse(shown.contains("110101199003074514"));
        for (String action : List.of("INTAKE_SUPPLEMENT_REQUIRED", "CASE_QUERY_CODE_ISSUED", "SUPPLEMENT_ACCEPTED",
                "CASE_DISPATCH", "CASE_APPROVE", "CASE_DELIVER", "CASE_CLOSE")) {
            assertTrue(action + " in " + shown, shown.contains(action));
        }
        JsonArray events = json(http("GET", "/api/v1/cases/" + number + "/ledger"), 200).getAsJsonArray("events");
        assertEquals(7, events.size());
        assertFalse("ledger data is masked", events.toString().contains("13812345678"));

        String listed = shell("hall:cases -q " + number, "admin");
        assertTrue(listed, listed.contains(number) && listed.contains("138****5678"));
        JsonArray cases = json(http("GET", "/api/v1/cases?q=" + number), 200).getAsJsonArray("cases");
        assertEquals("张三 1101**********4514 138****5678",
                cases.get(0).getAsJsonObject().get("applicant").getAsString());
    }

    @Test
    public void anInstantItemIsDecidedAtTheWindow() throws Exception {
        JsonObject decided = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + PERSON + ",\"presented\":[\"application-form\",\"operator-id\",\"premises\"],"
                + "\"facts\":{\"businessScope\":\"餐饮服务\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        assertEquals("APPROVED", code(decided, "state"));
        assertEquals("个体工商户营业执照", decided.get("result").getAsString());
    }

    @Test
    public void aJointApplicationRunsItsChildrenInParallelAndIsDeliveredOnce() throws Exception {
        JsonObject joint = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"ONE-OPEN-BIZ\",\"applicant\":"
                + ENTERPRISE + ",\"presented\":[\"AMR-REG-01/application-form\",\"AMR-REG-01/articles\","
                + "\"AMR-REG-01/shareholder-ids\",\"AMR-REG-01/premises\",\"TAX-REG-01/application-form\","
                + "\"HRSS-SI-01/application-form\",\"HRSS-SI-01/business-licence\"],\"facts\":"
                + COMPANY_FACTS.replace("}", ",\"accountingSystem\":\"小企业会计准则\",\"bankAccount\":"
                + "\"6222020000000000000\",\"establishedOn\":\"2026-11-02\",\"employees\":\"12\"}")
                + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String number = joint.get("number").getAsString();
        JsonArray children = joint.getAsJsonArray("children");
        assertEquals(joint.toString(), 3, children.size());
        List<String> numbers = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (JsonElement child : children) {
            numbers.add(child.getAsString());
            departments.add(json(http("GET", "/api/v1/cases/" + child.getAsString()), 200).get("department")
                    .getAsString());
        }
        assertEquals(List.of("amr", "tax", "hrss"), departments);
        String company = numbers.get(0);

        assertError(http("POST", "/api/v1/cases/" + company + "/actions", "{\"action\":\"DELIVER\",\"note\":\"x\"}"),
                409, "bundle_child");
        for (String child : numbers) {
            if (code(json(http("GET", "/api/v1/cases/" + child), 200), "state").equals("ACCEPTED")) {
                act(child, "DISPATCH", "", "IN_REVIEW");
                act(child, "APPROVE", "准予", "APPROVED");
            }
        }
        assertEquals("APPROVED", code(json(http("GET", "/api/v1/cases/" + number), 200), "state"));
        act(number, "DELIVER", "李四 签收", "DELIVERED");
        for (String child : numbers) {
            assertEquals("DELIVERED", code(json(http("GET", "/api/v1/cases/" + child), 200), "state"));
        }

        JsonArray byCreditCode = json(http("GET", "/api/v1/cases?q=91350100m000100y43&limit=500"), 200)
                .getAsJsonArray("cases");
        List<String> found = new ArrayList<>();
        for (JsonElement listed : byCreditCode) {
            found.add(listed.getAsJsonObject().get("number").getAsString());
            assertTrue("only this enterprise's cases", listed.getAsJsonObject().get("applicant").getAsString()
                    .startsWith("上海庙能源科技有限公司 "));
        }
        assertTrue(found.toString(), found.contains(number) && found.containsAll(numbers));
        assertEquals(List.of(company), numbersOf(json(http("GET", "/api/v1/cases?q=" + company.toLowerCase()),
                200).getAsJsonArray("cases")));
        assertTrue("part of the name finds the case", numbersOf(json(http("GET", "/api/v1/cases?q="
                + URLEncoder.encode("庙能源科技", StandardCharsets.UTF_8) + "&limit=500"), 200).getAsJsonArray("cases"))
                .containsAll(found));
        assertEquals("% is searched for as typed, not as a wildcard", List.of(),
                numbersOf(json(http("GET", "/api/v1/cases?q=%25"), 200).getAsJsonArray("cases")));
    }

    private static List<String> numbersOf(JsonArray cases) {
        List<String> numbers = new ArrayList<>();
        cases.forEach(listed -> numbers.add(listed.getAsJsonObject().get("number").getAsString()));
        return numbers;
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        int before = json(http("GET", "/api/v1/cases?limit=500"), 200).getAsJsonArray("cases").size();
        Response badId = http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":"
                + PERSON.replace("4514", "4513") + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}");
        JsonObject error = assertError(badId, 400, "invalid");
        assertEquals("applicant.idNumber", error.get("field").getAsString());
        assertTrue(error.get("message").getAsString().contains("身份证号码无效"));
        assertError(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":" + PERSON
                + ",\"delivery\":{\"mode\":\"EXPRESS\"}}"), 400, "invalid");
        assertError(http("POST", "/api/v1/applications", "not json"), 400, "invalid");
        assertError(http("POST", "/api/v1/applications", "{\"itemCode\":\"NO-SUCH-1\",\"applicant\":" + PERSON
                + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 404, "not_found");
        assertEquals(before, json(http("GET", "/api/v1/cases?limit=500"), 200).getAsJsonArray("cases").size());
    }

    @Test
    public void theDeclaredFormIsCheckedWithTheHandlerAndAFactItDoesNotAskForIsRefused() throws Exception {
        JsonObject undeclared = assertError(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\","
                + "\"applicant\":" + PERSON + ",\"facts\":{\"companyNmae\":\"上海庙能源科技有限公司\"},"
                + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 400, "invalid");
        assertEquals("facts.companyNmae", undeclared.get("field").getAsString());
        assertTrue(undeclared.get("messageEn").getAsString(), undeclared.get("messageEn").getAsString()
                .contains("has no field companyNmae"));

        JsonObject noticed = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":"
                + PERSON + ",\"presented\":[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],"
                + "\"facts\":{\"companyName\":\"上海庙能源科技\",\"registeredCapital\":\"100\",\"shareholders\":\"51\","
                + "\"payInYears\":\"五\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        JsonArray problems = noticed.getAsJsonArray("problems");
        assertEquals("the handler's rule and the form's, at once", List.of("companyName", "shareholders",
                "payInYears"), subjects(problems));
        assertEquals("number of shareholders must be from 1 to 50", problems.get(1).getAsJsonObject()
                .getAsJsonObject("reason").get("en").getAsString());
        assertEquals("认缴出资期限须为整数", problems.get(2).getAsJsonObject().getAsJsonObject("reason").get("zh")
                .getAsString());
    }

    private static void act(String number, String action, String note, String expectedState) throws Exception {
        JsonObject file = json(http("POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"" + action
                + "\",\"note\":\"" + note + "\"}"), 201);
        assertEquals(expectedState, code(file, "state"));
    }

    static String code(JsonObject object, String member) {
        return object.getAsJsonObject(member).get("code").getAsString();
    }

    static List<String> subjects(JsonArray problems) {
        List<String> subjects = new ArrayList<>();
        for (JsonElement problem : problems) {
            subjects.add(problem.getAsJsonObject().get("subject").getAsString());
        }
        return subjects;
    }

    static JsonObject assertError(Response response, int status, String code) {
        JsonObject error = json(response, status).getAsJsonObject("error");
        assertEquals(response.body(), code, error.get("code").getAsString());
        return error;
    }
}
