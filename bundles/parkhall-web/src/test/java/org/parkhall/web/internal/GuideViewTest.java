package org.parkhall.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;
import org.parkhall.spi.ServiceGuide;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

public class GuideViewTest {
    private static final GuideDefaults WINDOW = GuideDefaults.of(Set.of(DeliveryMode.EXPRESS),
            Bilingual.of("综合受理窗口", "general window"), Bilingual.of("工作日", "workdays"), Bilingual.of("12345", "12345"));

    @Test
    public void theFormAndEveryTextAreWrittenAsTheContractSays() {
        ServiceGuide guide = WINDOW.guide(List.of(Bilingual.of("依法设立", "lawfully established")),
                List.of(Material.conditional("proxy", Bilingual.of("授权委托书", "power of attorney"),
                        Bilingual.of("委托他人代为办理的", "when an agent applies"), Material.Form.ORIGINAL, 1)),
                List.of(Bilingual.of("受理", "acceptance")), List.of(Bilingual.of("《条例》", "the Regulation")))
                .withFields(FormField.choice("scheme", "工时制度", "working-hours scheme",
                                FormField.Choice.of("week", "周", "week")),
                        FormField.money("investment", "投资额", "investment").unit("万元", "10,000 yuan")
                                .between(1, 50).shownWhen("scheme", "week"),
                        FormField.BY_AGENT);
        JsonObject json = JsonParser.parseString(ApiJson.GSON.toJson(GuideView.of(guide))).getAsJsonObject();
        assertEquals("lawfully established", json.getAsJsonArray("conditions").get(0).getAsJsonObject()
                .get("en").getAsString());
        JsonObject proxy = json.getAsJsonArray("materials").get(0).getAsJsonObject();
        assertEquals("power of attorney", proxy.getAsJsonObject("name").get("en").getAsString());
        assertEquals("when an agent applies", proxy.getAsJsonObject("condition").get("en").getAsString());
        assertEquals("原件", proxy.getAsJsonObject("form").get("zh").getAsString());
        assertFalse("no notes", proxy.has("notes"));
        assertEquals("general window", json.getAsJsonObject("location").get("en").getAsString());
        assertEquals("12345", json.getAsJsonObject("consultationPhone").get("zh").getAsString());

        JsonObject scheme = json.getAsJsonArray("fields").get(0).getAsJsonObject();
        assertEquals("scheme", scheme.get("key").getAsString());
        assertEquals("CHOICE", scheme.get("kind").getAsString());
        assertEquals(true, scheme.get("required").getAsBoolean());
        assertEquals("week", scheme.getAsJsonArray("choices").get(0).getAsJsonObject().get("value").getAsString());
        assertEquals("周", scheme.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("label")
                .get("zh").getAsString());
        JsonObject investment = json.getAsJsonArray("fields").get(1).getAsJsonObject();
        assertEquals("MONEY", investment.get("kind").getAsString());
        assertEquals("1", investment.get("min").getAsString());
        assertEquals("50", investment.get("max").getAsString());
        assertEquals(30, investment.get("maxLength").getAsInt());
        assertEquals("万元", investment.getAsJsonObject("unit").get("zh").getAsString());
        assertEquals("scheme", investment.getAsJsonObject("shownWhen").get("key").getAsString());
        assertEquals("week", investment.getAsJsonObject("shownWhen").get("value").getAsString());
        JsonObject byAgent = json.getAsJsonArray("fields").get(2).getAsJsonObject();
        assertEquals("YES_NO", byAgent.get("kind").getAsString());
        assertEquals(false, byAgent.get("required").getAsBoolean());
        assertEquals(0, byAgent.getAsJsonArray("choices").size());
    }

    @Test
    public void aDepartmentWithoutEnglishIsShownInChineseInBothLanguages() {
        ServiceGuide guide = new GuideDefaults(Set.of(DeliveryMode.EXPRESS), "窗口", "工作日", "123").freeGuide(
                List.of("依法设立"), List.of(Material.required("form", "申请表", Material.Form.ORIGINAL, 1, "盖章")),
                List.of("受理"), List.of("依据"));
        JsonObject json = JsonParser.parseString(ApiJson.GSON.toJson(GuideView.of(guide))).getAsJsonObject();
        JsonObject form = json.getAsJsonArray("materials").get(0).getAsJsonObject();
        assertEquals("申请表", form.getAsJsonObject("name").get("en").getAsString());
        assertEquals("盖章", form.getAsJsonObject("notes").get("en").getAsString());
        assertEquals("窗口", json.getAsJsonObject("location").get("en").getAsString());
        assertEquals(0, json.getAsJsonArray("fields").size());
    }
}
