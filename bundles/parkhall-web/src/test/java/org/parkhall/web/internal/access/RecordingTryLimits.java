package org.parkhall.web.internal.access;

import java.util.ArrayList;
import java.util.List;

import org.parkhall.api.TryLimits;

/** What the web asks of the core's counts, with the answers the test chooses. */
final class RecordingTryLimits implements TryLimits {
    final List<String> calls = new ArrayList<>();
    boolean reserves = true;
    boolean locks;

    @Override
    public boolean reserve(List<Subject> subjects) {
        calls.add("reserve " + describe(subjects));
        return reserves;
    }

    @Override
    public boolean finish(List<Subject> subjects, Outcome outcome) {
        calls.add(outcome + " " + describe(subjects));
        return locks;
    }

    private static String describe(List<Subject> subjects) {
        StringBuilder text = new StringBuilder();
        for (Subject subject : subjects) {
            Rule rule = subject.rule();
            text.append(rule.name()).append('(').append(rule.allowed()).append(',').append(rule.window().toMinutes())
                    .append("m,").append(rule.lock().toMinutes()).append("m,").append(rule.tracked()).append(")=")
                    .append(subject.key()).append(' ');
        }
        return text.toString().strip();
    }
}
