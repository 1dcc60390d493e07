package org.parkhall.core.internal.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkhall.spi.Problem;

/**
 * A review's problems split by the one-time notice (一次性告知) the case was given: those about what the notice
 * named keep the case awaiting supplements; the others (a requirement a newer handler version added) are new since
 * the notice, for the clerk to see, since an applicant must not be sent back for what they were never told.
 *
 * @param told           problems whose subject the notice named; all of them while the case has no notice yet
 * @param newSinceNotice problems about subjects the notice did not name
 */
record NoticeSplit(List<Problem> told, List<Problem> newSinceNotice) {

    static NoticeSplit of(List<Problem> problems, Optional<List<Problem>> notice) {
        if (notice.isEmpty()) {
            return new NoticeSplit(problems, List.of());
        }
        Set<String> subjects = notice.get().stream().map(Problem::subject).collect(Collectors.toSet());
        Map<Boolean, List<Problem>> byTold = problems.stream()
                .collect(Collectors.partitioningBy(problem -> subjects.contains(problem.subject())));
        return new NoticeSplit(byTold.get(true), byTold.get(false));
    }
}
