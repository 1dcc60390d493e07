package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.code;
import static org.parkhall.itest.CaseLifecycleIT.subjects;
import static org.parkhall.itest.UpgradeIT.handlersOf;

import java.util.List;

import javax.inject.Inject;

import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.api.Catalog;
import org.parkhall.itest.dept.TestDepartment;

/**
 * 一次性告知 across an upgrade: a case told under v1 of a department that only its proof of identity was missing
 * is not sent back for the photo v2 requires. The clerk sees the photo as new since the notice; presenting what
 * the notice named gets the case accepted; an application made under v2 is told about the photo from the start.
 */
public class NoticeUpgradeIT extends HallTestSupport {
    private static final String ITEM = "NOTICET-IT-01";
    private static final String APPLICANT = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\","
            + "\"name\":\"吴九\",\"phone\":\"13412345678\"}";

    @Inject
    private Catalog catalog;

    @Test
    public void aCaseToldUnderVersion1IsNotSentBackForWhatVersion2AddedAndTheClerkSeesIt() throws Exception {
        DepartmentJars.start(bundleContext, "noticet", "1.0.0", ITEM, "identity", TestDepartment.Behaviour.REVIEW);
        waitFor("v1 to serve " + ITEM, () -> catalog.entry(ITEM).map(e -> e.available()
                && e.handlerVersion().equals("1.0.0")).orElse(false));
        JsonObject told = json(apply("[]"), 201);
        String number = told.get("number").getAsString();
        assertEquals("SUPPLEMENT_REQUIRED", code(told, "state"));
        assertEquals(List.of("identity"), subjects(told.getAsJsonArray("problems")));
        assertEquals(0, told.getAsJsonArray("newSinceNotice").size());

        DepartmentJars.start(bundleContext, "noticet", "2.0.0", ITEM, "identity,photo",
                TestDepartment.Behaviour.REVIEW);
        waitFor("v2 to serve " + ITEM, () -> catalog.entry(ITEM).map(e -> e.handlerVersion().equals("2.0.0"))
                .orElse(false));

        JsonObject stillWaiting = json(supplement(number, "[]"), 201);
        assertEquals("what the notice named keeps the case waiting", "SUPPLEMENT_REQUIRED",
                code(stillWaiting, "state"));
        assertEquals(List.of("identity"), subjects(stillWaiting.getAsJsonArray("problems")));
        assertNewSinceNoticeIsThePhoto(stillWaiting);
        String notice = json(http("GET", "/api/v1/cases/" + number + "/documents/notice"), 200)
                .getAsJsonArray("paragraphs").toString();
        assertTrue(notice, notice.contains("测试材料identity"));
        assertFalse("the applicant is not told what the notice did not say: " + notice,
                notice.contains("测试材料photo"));

        JsonObject accepted = json(supplement(number, "[\"identity\"]"), 201);
        assertEquals("the photo v2 added does not send the case back", "ACCEPTED", code(accepted, "state"));
        assertEquals(0, accepted.getAsJsonArray("problems").size());
        assertNewSinceNoticeIsThePhoto(accepted);
        assertNewSinceNoticeIsThePhoto(json(http("GET", "/api/v1/cases/" + number), 200));
        assertTrue(handlersOf(number, "SUPPLEMENT_ACCEPTED").contains("parkhall-dept-noticet 2.0.0"));

        JsonObject underV2 = json(apply("[\"identity\"]"), 201);
        assertEquals("SUPPLEMENT_REQUIRED", code(underV2, "state"));
        assertEquals("a case applied for under v2 is told about the photo", List.of("photo"),
                subjects(underV2.getAsJsonArray("problems")));
        assertEquals(0, underV2.getAsJsonArray("newSinceNotice").size());
    }

    private static void assertNewSinceNoticeIsThePhoto(JsonObject file) {
        assertEquals(file.toString(), List.of("photo"), subjects(file.getAsJsonArray("newSinceNotice")));
        JsonObject reason = file.getAsJsonArray("newSinceNotice").get(0).getAsJsonObject().getAsJsonObject("reason");
        assertTrue(reason.toString(), !reason.get("zh").getAsString().isBlank()
                && !reason.get("en").getAsString().isBlank());
    }

    private static Response apply(String presented) throws Exception {
        return http("POST", "/api/v1/applications", "{\"itemCode\":\"" + ITEM + "\",\"applicant\":" + APPLICANT
                + ",\"presented\":" + presented + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}");
    }

    private static Response supplement(String number, String presented) throws Exception {
        return http("POST", "/api/v1/cases/" + number + "/supplement", "{\"presented\":" + presented + "}");
    }
}
