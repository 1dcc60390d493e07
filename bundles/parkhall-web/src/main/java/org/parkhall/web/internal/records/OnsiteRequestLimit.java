package org.parkhall.web.internal.records;

import java.time.Duration;
import java.util.List;

import org.parkhall.api.ErrorCode;
import org.parkhall.api.TryLimits;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.http.ApiException;

/**
 * On-site service requests from the public, at most {@code allowed} per client address in a window, counted by the
 * core's {@link TryLimits} so the count holds across the nodes: every request counts, as each writes a record.
 */
final class OnsiteRequestLimit {
    private final TryLimits.Rule rule;

    OnsiteRequestLimit(int allowed, Duration window, int tracked) {
        this.rule = new TryLimits.Rule("onsite-request-client", allowed, window, Duration.ZERO, tracked);
    }

    /** Counts a request from {@code client}, refusing it with 429 once the client has made its allowance. */
    void count(TryLimits tries, String client) {
        List<TryLimits.Subject> subject = List.of(new TryLimits.Subject(rule, client));
        if (!tries.reserve(subject)) {
            throw new ApiException(ErrorCode.TOO_MANY_ATTEMPTS, Bilingual.of("上门服务申请过于频繁，请"
                    + rule.window().toMinutes() + "分钟后再试，或致电服务中心", "too many on-site service requests; try"
                    + " again in " + rule.window().toMinutes() + " minutes, or call the service centre"));
        }
        tries.finish(subject, TryLimits.Outcome.WRONG);
    }
}
