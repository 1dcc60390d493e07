package org.parkhall.spi;

import java.util.List;

/**
 * A handler's answer to an application: accept (受理); ask for supplements, listing every problem at once (补正,
 * 一次性告知); or refuse (不予受理) with the reason and the applicant's route of appeal.
 */
public record Review(Outcome outcome, List<Problem> problems, Bilingual reason, String appealRoute) {

    /** What the hall does next with the application. */
    public enum Outcome { ACCEPT, SUPPLEMENT, REFUSE }

    public Review {
        if (outcome == null) {
            throw new IllegalArgumentException("review outcome is required");
        }
        problems = Checks.list(problems, "problems");
        appealRoute = Checks.orEmpty(appealRoute);
        switch (outcome) {
            case ACCEPT -> {
                if (!problems.isEmpty() || reason != null) {
                    throw new IllegalArgumentException("an accepting review carries no problems or reason");
                }
            }
            case SUPPLEMENT -> {
                if (problems.isEmpty()) {
                    throw new IllegalArgumentException("a supplement review lists at least one problem");
                }
            }
            case REFUSE -> {
                if (reason == null || appealRoute.isEmpty()) {
                    throw new IllegalArgumentException("a refusal needs a reason and an appeal route");
                }
            }
        }
    }

    public static Review accept() {
        return new Review(Outcome.ACCEPT, List.of(), null, "");
    }

    public static Review supplement(List<Problem> problems) {
        return new Review(Outcome.SUPPLEMENT, problems, null, "");
    }

    public static Review refuse(Bilingual reason, String appealRoute) {
        return new Review(Outcome.REFUSE, List.of(), reason, appealRoute);
    }

    /** Accept when nothing is wrong, otherwise ask for every problem at once. */
    public static Review of(List<Problem> problems) {
        return problems.isEmpty() ? accept() : supplement(problems);
    }
}
