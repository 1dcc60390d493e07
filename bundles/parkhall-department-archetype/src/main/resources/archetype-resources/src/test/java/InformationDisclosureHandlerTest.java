package ${package};

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.HandlerRun;
import org.parkhall.testkit.ReviewAssert;

public class InformationDisclosureHandlerTest {
    private final InformationDisclosureHandler handler = new InformationDisclosureHandler();

    @Test
    public void aCompleteRequestIsAccepted() {
        HandlerRun run = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler)
                .fact("requestedInformation", "2026年园区企业扶持资金拨付情况").build());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void theNoticeNamesEveryProblemAtOnce() {
        HandlerRun run = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler).without("identity")
                .fact("byAgent", "true").build());
        ReviewAssert.assertNotice(run.review(), "identity", "proxy", "requestedInformation");
    }
}
