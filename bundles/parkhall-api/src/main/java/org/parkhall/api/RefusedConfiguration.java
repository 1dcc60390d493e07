package org.parkhall.api;

import java.util.List;

import org.parkhall.spi.ConfigurationProblem;

/**
 * A configuration the hall did not take as written.
 *
 * @param pid          the configuration's PID (for a factory configuration, e.g. {@code org.parkhall.queue~tax})
 * @param file         the file it came from, e.g. {@code etc/org.parkhall.floor.cfg}; empty when set otherwise
 * @param problems     each value refused, with the rule it breaks (never empty)
 * @param lastGoodKept true when the component still runs on its last good configuration; false when it runs on
 *                     defaults for the refused values, or (a queue, a counter) is not in service at all
 */
public record RefusedConfiguration(String pid, String file, List<ConfigurationProblem> problems,
        boolean lastGoodKept) {
    public RefusedConfiguration {
        if (pid == null || pid.isBlank() || problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a refused configuration names its pid and at least one problem");
        }
        file = file == null ? "" : file;
        problems = List.copyOf(problems);
    }

    /** Whether the hall is degraded by it: the component never had a good configuration to keep. */
    public boolean degraded() {
        return !lastGoodKept;
    }
}
