package org.parkhall.web.internal.ratings;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.RatingPads;
import org.parkhall.web.internal.api.Call;

/**
 * Rating pads (评价器): the list, a counter's pairing code and unpairing, for the hall admin; pairing
 * {@code {code}} from the pad itself, which answers with the pad's secret in its cookie ({@link PadCookie}) and
 * never in the body.
 */
@Component(service = RatingPadsApi.class)
public final class RatingPadsApi {
    private final RatingPads pads;

    @Activate
    public RatingPadsApi(@Reference RatingPads pads) {
        this.pads = pads;
    }

    public Object pads(Call call) {
        return Map.of("pads", pads.pads());
    }

    public Object pairingCode(Call call) {
        return pads.pairingCode(counter(call), call.actor());
    }

    public Object unpair(Call call) {
        return pads.unpair(counter(call), call.actor());
    }

    public Object pair(Call call) {
        int counter = counter(call);
        PadCookie.set(call.request(), call.response(), pads.pair(counter, call.body().text("code")));
        return Map.of("counter", counter, "paired", true);
    }

    /** The counter, one or two digits as the route's pattern says. */
    private static int counter(Call call) {
        return Integer.parseInt(call.parameter("counter"));
    }
}
