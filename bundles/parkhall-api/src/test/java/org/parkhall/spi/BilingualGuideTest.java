package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

public class BilingualGuideTest {
    private static final GuideDefaults WINDOW = GuideDefaults.of(Set.of(DeliveryMode.WINDOW_PICKUP),
            Bilingual.of("综合受理窗口", "general intake window"), Bilingual.of("工作日 9:00-17:00", "workdays 9:00-17:00"),
            Bilingual.of("12345", "12345 (hotline)"));
    private static final Material ARTICLES = Material.required("articles", Bilingual.of("公司章程",
            "articles of association"), Material.Form.ORIGINAL, 2).withNotes(Bilingual.of("全体股东签署",
            "signed by all shareholders")).withTemplate(Bilingual.of("公司章程示范文本", "model articles"));
    private static final Material PROXY = Material.conditional("proxy", Bilingual.of("授权委托书", "power of attorney"),
            Bilingual.of("委托他人代为办理的", "when an agent applies"), Material.Form.ORIGINAL, 1);

    @Test
    public void aDepartmentGivesEveryTextInBothLanguages() {
        ServiceGuide guide = WINDOW.guide(List.of(Bilingual.of("依法设立", "lawfully established")),
                List.of(ARTICLES, PROXY), List.of(Bilingual.of("受理", "acceptance"), Bilingual.of("决定", "decision")),
                List.of(Bilingual.of("《公司法》", "Company Law")));
        assertEquals(List.of(Bilingual.of("依法设立", "lawfully established")), guide.conditionTexts());
        assertEquals(List.of(Bilingual.of("受理", "acceptance"), Bilingual.of("决定", "decision")), guide.stepTexts());
        assertEquals(List.of(Bilingual.of("《公司法》", "Company Law")), guide.legalBasisTexts());
        assertEquals(Bilingual.of("综合受理窗口", "general intake window"), guide.locationText());
        assertEquals(Bilingual.of("工作日 9:00-17:00", "workdays 9:00-17:00"), guide.hoursText());
        assertEquals(Bilingual.of("12345", "12345 (hotline)"), guide.consultationPhoneText());
        assertEquals("综合受理窗口", guide.location());
        assertEquals(List.of("受理", "决定"), guide.steps());

        assertEquals("公司章程", ARTICLES.name());
        assertEquals(Bilingual.of("公司章程", "articles of association"), ARTICLES.nameText());
        assertEquals(Optional.empty(), ARTICLES.conditionText());
        assertEquals(Optional.of(Bilingual.of("全体股东签署", "signed by all shareholders")), ARTICLES.notesText());
        assertEquals(Optional.of(Bilingual.of("公司章程示范文本", "model articles")), ARTICLES.templateText());
        assertEquals(Optional.of(Bilingual.of("委托他人代为办理的", "when an agent applies")), PROXY.conditionText());

        Fee fee = Fee.of(Bilingual.of("工本费", "production cost"), BigDecimal.TEN, Bilingual.of("财税〔2014〕101号",
                "Caishui [2014] No. 101"));
        assertEquals(Bilingual.of("工本费", "production cost"), fee.nameText());
        assertEquals(Bilingual.of("财税〔2014〕101号", "Caishui [2014] No. 101"), fee.basisText());
    }

    @Test
    public void aDepartmentOfSpi11ReadsInChineseInBothLanguages() {
        ServiceGuide guide = new GuideDefaults(Set.of(DeliveryMode.EXPRESS), "窗口", "工作日", "123").freeGuide(
                List.of("依法设立"), List.of(Material.conditional("proxy", "授权委托书", "委托他人代为办理的",
                        Material.Form.ORIGINAL, 1, "")), List.of("受理"), List.of("依据"));
        assertEquals(List.of(Bilingual.of("依法设立", "依法设立")), guide.conditionTexts());
        assertEquals(Bilingual.of("窗口", "窗口"), guide.locationText());
        assertEquals(List.of(), guide.fields());
        Material proxy = guide.materials().get(0);
        assertEquals(Bilingual.of("授权委托书", "授权委托书"), proxy.nameText());
        assertEquals(Optional.empty(), proxy.notesText());
        assertEquals(Bilingual.of("工本费", "工本费"), new Fee("工本费", BigDecimal.ONE, "依据").nameText());
        assertEquals(Bilingual.of("缺少授权委托书（原件1份）", "missing: 授权委托书 (original, 1 copy)"),
                Problem.missing(proxy).reason());
    }

    @Test
    public void aMissingMaterialIsNamedInEnglishByItsEnglishName() {
        assertEquals(Bilingual.of("缺少公司章程（原件2份）", "missing: articles of association (original, 2 copies)"),
                Problem.missing(ARTICLES).reason());
    }

    @Test
    public void englishMustMatchTheChineseItTranslates() {
        assertThrows("English steps for two of three", IllegalArgumentException.class,
                () -> new ServiceGuide(List.of(), List.of(), List.of("受理", "审查", "决定"), List.of(), List.of("依据"),
                        Set.of(DeliveryMode.EXPRESS), "窗口", "工作日", "123", List.of(),
                        new ServiceGuide.English(List.of(), List.of("acceptance", "review"), List.of(), "", "", "")));
        assertThrows("English notes for a material without notes", IllegalArgumentException.class,
                () -> new Material("form", "申请书", "", Material.Form.ORIGINAL, 1, "", "",
                        new Material.English("application", "", "", "signed")));
    }

    @Test
    public void aGuideStoredBeforeSpi12ReadsBackWithNoFormAndNoEnglish() {
        ServiceGuide stored = new ServiceGuide(List.of("依法设立"), List.of(), List.of("受理"), null, List.of("依据"),
                Set.of(DeliveryMode.EXPRESS), "窗口", "工作日", "123", null, null);
        assertEquals(List.of(), stored.fields());
        assertEquals(ServiceGuide.English.NONE, stored.en());
        assertEquals(Material.English.NONE, new Material("form", "申请书", "", Material.Form.ORIGINAL, 1, "", "",
                null).en());
    }
}
