package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.FormField;
import org.parkhall.spi.Problem;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.HandlerRun;
import org.parkhall.testkit.ReviewAssert;

public class InformationDisclosureHandlerTest {
    private final InformationDisclosureHandler handler = new InformationDisclosureHandler();

    @Test
    public void aCompleteRequestIsAccepted() {
        HandlerRun run = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler)
                .fact("requestedInformation", "2026年园区企业扶持资金拨付情况").fact("format", "electronic").build());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void theNoticeNamesEveryProblemAtOnce() {
        HandlerRun run = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler).without("identity")
                .fact("byAgent", "true").fact("format", "fax").build());
        ReviewAssert.assertNotice(run.review(), "identity", "proxy", "requestedInformation", "format");
    }

    @Test
    public void theFormIsDeclaredInBothLanguagesAndWordsItsProblemsFromTheLabels() {
        for (FormField field : handler.item().guide().fields()) {
            assertTrue(field.key(), !field.label().en().equals(field.label().zh()));
        }
        Problem missing = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler).build()).review()
                .problems().get(0);
        assertEquals("requestedInformation", missing.subject());
        assertEquals("description of the information requested is required", missing.reason().en());
    }
}
