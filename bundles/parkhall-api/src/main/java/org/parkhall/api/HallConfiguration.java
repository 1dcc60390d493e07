package org.parkhall.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.parkhall.spi.ConfigurationReader;

/**
 * The hall's configurations as checked: every component reads its configuration through a
 * {@link ConfigurationReader} and reports the outcome here, so refusals are logged alike (one line each) and a
 * health or readiness check can name them. Needs nothing else, so it answers while the database is down.
 */
@ProviderType
public interface HallConfiguration {

    /** Every configuration currently refused, by PID; empty when all are taken as written. */
    List<RefusedConfiguration> refused();

    /**
     * Records what {@code read} found: with no problem the PID's earlier refusal (if any) is cleared; otherwise one
     * line is logged naming file, PID, each key, value and rule, and the refusal is kept until the next report.
     */
    void report(ConfigurationReader read, boolean lastGoodKept);

    /** Forgets the PID: its configuration or its component is gone. */
    void withdrawn(String pid);

    /**
     * The configuration a component should run on: {@code candidate} when it is valid or when there is no last good
     * one (then its refused values carry their defaults, or it is null when nothing safe could be built);
     * otherwise {@code lastGood}. Reports the outcome.
     */
    default <T> T settle(ConfigurationReader read, T candidate, T lastGood) {
        T settled = settled(read, candidate, lastGood);
        report(read, settled != candidate);
        return settled;
    }

    /** The rule {@link #settle} applies, for a component that reports later (when this service arrives). */
    static <T> T settled(ConfigurationReader read, T candidate, T lastGood) {
        return !read.valid() && lastGood != null ? lastGood : candidate;
    }
}
