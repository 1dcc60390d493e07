package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The work a bad rating (差评) gives its responsible department: the rectification (整改) it records, the call back
 * (回访) that closes it, and the appeal of a malicious or mistaken rating that a hall admin decides. Each change is one
 * transaction with its ledger entry. Callers check who may act for which department.
 */
@ProviderType
public interface BadRatings {

    /**
     * Rectifications of {@code departments} (all when empty), open ones first, earliest deadline first; with
     * {@code overdueOnly}, only those open past their deadline.
     */
    List<Rectification> rectifications(Set<String> departments, boolean openOnly, boolean overdueOnly);

    Optional<Rectification> rectification(long id);

    /**
     * Records the department's answer. {@code doneBy} is required for {@link RectificationKind#BY_DEADLINE} (a
     * working day after today, within the longest term the hall allows) and refused for the others, which are done
     * today. Refused once recorded or closed.
     */
    Rectification record(long rectification, RectificationKind kind, String measures, LocalDate doneBy, String actor);

    /** Records the call back that closes a rectification whose answer is recorded. */
    Rectification callBack(long rectification, CallbackResult result, String note, String actor);

    /** Appeals the bad rating of an open rectification; one appeal per rating. */
    RatingAppeal appeal(long rectification, AppealGround ground, String statement, String actor);

    /** A hall admin's decision on a pending appeal; upheld, the rating is excluded from the figures. */
    RatingAppeal decide(long appeal, boolean upheld, String note, String actor);

    /** Appeals, pending first. */
    List<RatingAppeal> appeals(boolean pendingOnly);
}
