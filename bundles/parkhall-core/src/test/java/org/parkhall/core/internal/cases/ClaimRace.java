package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.parkhall.api.CaseAction;
import org.parkhall.api.HallException;

/**
 * Two approvers, each on a node of their own, claim the same case at the same moment, round after round: one holds
 * it, the other is refused, and the loser cannot decide it either.
 */
final class ClaimRace {
    private ClaimRace() {
    }

    static void run(ReviewBench first, ReviewBench second, int rounds) throws Exception {
        List<ReviewBench> nodes = List.of(first, second);
        List<String> approvers = List.of("li", "wang");
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int round = 0; round < rounds; round++) {
                String number = first.inReview(ReviewBench.PLAIN, 5);
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Callable<String>> claims = new ArrayList<>();
                for (int i = 0; i < nodes.size(); i++) {
                    ReviewBench node = nodes.get(i);
                    String approver = approvers.get(i);
                    claims.add(() -> {
                        together.await();
                        try {
                            return node.reviews.claim(number, approver).claimedBy();
                        } catch (HallException refused) {
                            return refused.code();
                        }
                    });
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> outcome : threads.invokeAll(claims)) {
                    outcomes.add(outcome.get());
                }
                String holder = first.reviews.progress(number).claimedBy();
                assertEquals("round " + round + ": " + outcomes, 1, outcomes.stream().filter("illegal_action"::equals)
                        .count());
                assertEquals("round " + round, holder, outcomes.stream().filter(o -> !o.equals("illegal_action"))
                        .findFirst().orElseThrow());
                String loser = holder.equals("li") ? "wang" : "li";
                ReviewBench loserNode = nodes.get(approvers.indexOf(loser));
                assertEquals("illegal_action", codeOf(() -> loserNode.cases.act(number, CaseAction.APPROVE, loser,
                        "准予")));
                assertEquals(List.of("CASE_CLAIMED"), first.ledger(number));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String codeOf(Runnable step) {
        try {
            step.run();
            return "done";
        } catch (HallException refused) {
            return refused.code();
        }
    }
}
