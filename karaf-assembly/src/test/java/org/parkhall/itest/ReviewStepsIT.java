package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * The approver's review steps over REST, as a department meets them: a company registration returned to the window,
 * dispatched again and approved; one handed to a colleague; two approvers claiming one case at once; and the
 * construction permit, which emergency management countersigns and the housing bureau's lead signs off, whose limit
 * the lead extends and whose expert review stops the clock, with the two notices the applicant gets; then
 * supervision of a case near its due date.
 */
public class ReviewStepsIT extends HallTestSupport {
    private static final String PERMIT = "{\"itemCode\":\"HOUS-CP-01\",\"applicant\":{\"kind\":\"ENTERPRISE\","
            + "\"idNumber\":\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},"
            + "\"presented\":[\"application-form\",\"land-approval\",\"planning-permit\",\"drawing-review\","
            + "\"contractor\",\"safety-measures\",\"funds-pledge\"],\"facts\":{\"projectName\":\"园区标准厂房二期\","
            + "\"investment\":\"5000000\",\"floorArea\":\"2000\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";
    private static final String AMR_COLLEAGUE = "zhao.amr";

    @Test
    public void aReturnedCaseIsDispatchedAgainAndApprovedAndAClaimedCaseIsTransferredToAColleague() throws Exception {
        open(AMR_COLLEAGUE, "approver:amr");
        String number = dispatched(AccessIT.COMPANY);
        assertEquals(APPROVER, step(APPROVER, number, "{\"step\":\"CLAIM\"}", 201).get("claimedBy").getAsString());
        assertError(review(AMR_COLLEAGUE, number, "{\"step\":\"CLAIM\"}"), 409, "illegal_action");
        assertError(act(AMR_COLLEAGUE, number, "APPROVE", "营业执照"), 409, "illegal_action");
        assertError(review(APPROVER, number, "{\"step\":\"RETURN\"}"), 400, "invalid");
        assertError(review(CLERK, number, "{\"step\":\"RETURN\",\"note\":\"x\"}"), 403, "forbidden");

        JsonObject returned = step(APPROVER, number, "{\"step\":\"RETURN\",\"note\":\"章程缺少全体股东签字\"}", 201);
        assertEquals("RETURNED", code(returned, "state"));
        assertEquals("", returned.get("claimedBy").getAsString());
        JsonObject atWindow = json(as(CLERK, "GET", "/api/v1/cases/" + number, ""), 200);
        assertTrue(atWindow.get("reasons").getAsString().contains("章程缺少全体股东签字"));
        assertError(act(APPROVER, number, "APPROVE", "营业执照"), 409, "illegal_action");
        json(act(CLERK, number, "DISPATCH", "已补签字"), 201);
        assertEquals("APPROVED", code(json(act(AMR_COLLEAGUE, number, "APPROVE", "营业执照（正副本）"), 201), "state"));

        String handed = dispatched(AccessIT.COMPANY);
        step(APPROVER, handed, "{\"step\":\"CLAIM\"}", 201);
        assertError(review(APPROVER, handed, "{\"step\":\"TRANSFER\",\"user\":\"" + CLERK + "\"}"), 400, "invalid");
        assertEquals(AMR_COLLEAGUE, step(APPROVER, handed, "{\"step\":\"TRANSFER\",\"user\":\"" + AMR_COLLEAGUE
                + "\",\"note\":\"休假，转赵审批\"}", 201).get("claimedBy").getAsString());
        assertError(act(APPROVER, handed, "APPROVE", "营业执照"), 409, "illegal_action");
        assertEquals("APPROVED", code(json(act(AMR_COLLEAGUE, handed, "APPROVE", "营业执照"), 201), "state"));
        assertEquals(List.of("CASE_DISPATCH", "CASE_CLAIMED", "CASE_TRANSFERRED", "CASE_APPROVE"),
                actions(handed).subList(2, 6));
    }

    @Test
    public void twoApproversClaimingOneCaseAtOnceLeaveOneHolder() throws Exception {
        open("wu.amr", "approver:amr");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String number = dispatched(AccessIT.COMPANY);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Integer>> claims = new ArrayList<>();
                for (String approver : List.of(APPROVER, "wu.amr")) {
                    claims.add(() -> {
                        together.await();
                        return review(approver, number, "{\"step\":\"CLAIM\"}").status();
                    });
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : threads.invokeAll(claims)) {
                    statuses.add(status.get());
                }
                statuses.sort(null);
                assertEquals("round " + round, List.of(201, 409), statuses);
                assertEquals(1, actions(number).stream().filter("CASE_CLAIMED"::equals).count());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void aConstructionPermitIsCountersignedSignedOffExtendedAndStoppedForAnExpertReviewBeforeItIsApproved()
            throws Exception {
        open("he.housing", "approver:housing");
        open("gao.housing", "lead:housing");
        open("qian.emergency", "approver:emergency");
        String number = dispatched(PERMIT);
        JsonObject progress = json(as("he.housing", "GET", "/api/v1/cases/" + number + "/review", ""), 200);
        assertEquals("emergency", progress.getAsJsonObject("required").getAsJsonArray("countersigningDepartments")
                .get(0).getAsString());
        assertError(as("qian.emergency", "GET", "/api/v1/cases/" + number, ""), 404, "not_found");

        step("he.housing", number, "{\"step\":\"CLAIM\"}", 201);
        assertError(act("he.housing", number, "APPROVE", "施工许可证"), 409, "illegal_action");
        step("he.housing", number, "{\"step\":\"COUNTERSIGN_REQUEST\",\"note\":\"请审查安全措施\"}", 201);
        assertEquals("the department asked sees the case", 200,
                as("qian.emergency", "GET", "/api/v1/cases/" + number, "").status());
        assertTrue(json(as("qian.emergency", "GET", "/api/v1/countersigns?department=emergency", ""), 200)
                .toString().contains(number));
        assertError(review("he.housing", number, "{\"step\":\"COUNTERSIGN\",\"department\":\"emergency\","
                + "\"agreed\":true,\"note\":\"同意\"}"), 403, "forbidden");
        assertError(review("qian.emergency", number, "{\"step\":\"COUNTERSIGN\",\"department\":\"emergency\","
                + "\"agreed\":\"yes\",\"note\":\"同意\"}"), 400, "invalid");
        step("qian.emergency", number, "{\"step\":\"COUNTERSIGN\",\"department\":\"emergency\",\"agreed\":true,"
                + "\"note\":\"安全措施符合要求\"}", 201);
        assertError(act("he.housing", number, "APPROVE", "施工许可证"), 409, "illegal_action");
        assertError(review("he.housing", number, "{\"step\":\"SIGN_OFF\",\"note\":\"同意\"}"), 403, "forbidden");
        step("gao.housing", number, "{\"step\":\"SIGN_OFF\",\"note\":\"同意核发\"}", 201);

        String dueBefore = caseFile(number).get("dueOn").getAsString();
        assertError(review("he.housing", number, "{\"step\":\"EXTEND\",\"days\":5,\"note\":\"核查\"}"), 403,
                "forbidden");
        assertError(review("gao.housing", number, "{\"step\":\"EXTEND\",\"days\":11,\"note\":\"核查\"}"), 400,
                "invalid");
        JsonObject extended = step("gao.housing", number, "{\"step\":\"EXTEND\",\"days\":5,"
                + "\"note\":\"需核查施工图审查情况\"}", 201);
        assertEquals(5, extended.getAsJsonArray("extensions").get(0).getAsJsonObject().get("days").getAsInt());
        String dueAfter = caseFile(number).get("dueOn").getAsString();
        assertTrue(dueBefore + " → " + dueAfter, dueAfter.compareTo(dueBefore) > 0);
        String extension = json(as("he.housing", "GET", "/api/v1/cases/" + number + "/documents/extension", ""), 200)
                .toString();
        assertTrue(extension, extension.contains("第四十二条") && extension.contains("延长5个工作日"));

        assertError(review("he.housing", number, "{\"step\":\"SPECIAL_START\",\"procedure\":\"HEARING\","
                + "\"days\":5,\"note\":\"听证\"}"), 409, "illegal_action");
        JsonObject stopped = step("he.housing", number, "{\"step\":\"SPECIAL_START\",\"procedure\":\"EXPERT_REVIEW\","
                + "\"days\":5,\"note\":\"深基坑支护方案须经专家论证\"}", 201);
        assertEquals("SPECIAL_PROCEDURE", code(stopped, "state"));
        assertEquals("STOPPED", code(caseFile(number), "timeStatus"));
        String notice = json(as("he.housing", "GET", "/api/v1/cases/" + number
                + "/documents/special_procedure", ""), 200).toString();
        assertTrue(notice, notice.contains("专家评审") && notice.contains("不计算在办理期限内"));
        assertError(act("he.housing", number, "APPROVE", "施工许可证"), 409, "illegal_action");
        assertEquals("IN_REVIEW", code(step("he.housing", number, "{\"step\":\"SPECIAL_END\","
                + "\"note\":\"专家论证通过\"}", 201), "state"));
        assertEquals("APPROVED", code(json(act("he.housing", number, "APPROVE", "建筑工程施工许可证"), 201), "state"));

        List<String> ledger = actions(number);
        for (String action : List.of("CASE_CLAIMED", "CASE_COUNTERSIGN_REQUESTED", "CASE_COUNTERSIGNED",
                "CASE_SIGNED_OFF", "CASE_EXTENDED", "CASE_SPECIAL_STARTED", "CASE_SPECIAL_ENDED", "CASE_APPROVE")) {
            assertTrue(action + " in " + ledger, ledger.contains(action));
        }
        JsonObject history = json(as("he.housing", "GET", "/api/v1/cases/" + number + "/ledger", ""), 200);
        assertFalse("every step is worded", history.toString().contains("其他记录"));
    }

    @Test
    public void aCaseNearItsDueDateIsRaisedOnceToTheDepartmentAndTheHallAdmin() throws Exception {
        String number = dispatched(AccessIT.COMPANY); // promised in one working day: near due at once
        JsonObject raised = supervised(ADMIN, number);
        assertEquals("NEAR_DUE", code(raised, "level"));
        assertEquals("amr", raised.get("department").getAsString());
        assertNotEquals(null, supervised(APPROVER, number));
        json(as(ADMIN, "GET", "/api/v1/supervision", ""), 200);
        assertEquals(1, actions(number).stream().filter("CASE_SUPERVISED"::equals).count());
        String printed = shell("hall:supervise", "admin");
        assertTrue(printed, printed.contains(number) && printed.contains("临期预警"));
        assertError(as(CLERK, "GET", "/api/v1/supervision", ""), 403, "forbidden");
    }

    private static JsonObject supervised(String user, String number) throws Exception {
        for (JsonElement listed : json(as(user, "GET", "/api/v1/supervision", ""), 200).getAsJsonArray("cases")) {
            if (listed.getAsJsonObject().get("caseNumber").getAsString().equals(number)) {
                return listed.getAsJsonObject();
            }
        }
        throw new AssertionError(number + " is not supervised for " + user);
    }

    private static void open(String user, String... roles) throws Exception {
        json(http("POST", "/api/v1/staff", "{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}"), 201);
    }

    private static String dispatched(String application) throws Exception {
        String number = json(as(CLERK, "POST", "/api/v1/applications", application), 201).get("number").getAsString();
        json(act(CLERK, number, "DISPATCH", ""), 201);
        return number;
    }

    private static Response act(String user, String number, String action, String note) throws Exception {
        return as(user, "POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"" + action + "\",\"note\":\""
                + note + "\"}");
    }

    private static Response review(String user, String number, String body) throws Exception {
        return as(user, "POST", "/api/v1/cases/" + number + "/review", body);
    }

    private static JsonObject step(String user, String number, String body, int status) throws Exception {
        return json(review(user, number, body), status);
    }

    private static JsonObject caseFile(String number) throws Exception {
        return json(as(CLERK, "GET", "/api/v1/cases/" + number, ""), 200);
    }

    private static List<String> actions(String number) throws Exception {
        List<String> actions = new ArrayList<>();
        for (JsonElement event : json(as(ADMIN, "GET", "/api/v1/cases/" + number + "/ledger", ""), 200)
                .getAsJsonArray("events")) {
            actions.add(event.getAsJsonObject().get("action").getAsString());
        }
        return actions;
    }

    private static String code(JsonObject object, String field) {
        return object.getAsJsonObject(field).get("code").getAsString();
    }
}
