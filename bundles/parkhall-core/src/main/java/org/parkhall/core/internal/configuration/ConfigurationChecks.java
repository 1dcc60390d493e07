package org.parkhall.core.internal.configuration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.spi.ConfigurationProblem;
import org.parkhall.spi.ConfigurationReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The refusals every hall component reports, each logged once as one line, kept until put right. */
@Component(service = HallConfiguration.class)
public final class ConfigurationChecks implements HallConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationChecks.class);
    private final Map<String, RefusedConfiguration> refused = new ConcurrentHashMap<>();

    @Override
    public List<RefusedConfiguration> refused() {
        return refused.values().stream().sorted(Comparator.comparing(RefusedConfiguration::pid)).toList();
    }

    @Override
    public void report(ConfigurationReader read, boolean lastGoodKept) {
        if (read.valid()) {
            if (refused.remove(read.pid()) != null) {
                LOG.info("Configuration {} is taken as written again", read.pid());
            }
            return;
        }
        RefusedConfiguration refusal = new RefusedConfiguration(read.pid(), read.file(), read.problems(),
                lastGoodKept);
        LOG.warn("Configuration refused: {} ({}): {}; {}", refusal.file().isEmpty() ? "not from a file"
                : refusal.file(), refusal.pid(), refusal.problems().stream().map(ConfigurationProblem::toString)
                .collect(Collectors.joining("; ")), lastGoodKept ? "the last good configuration stays in force"
                : "no good configuration to keep: defaults apply where safe and the hall reports itself degraded");
        refused.put(refusal.pid(), refusal); // after the log line, so whoever sees the refusal finds it logged
    }

    @Override
    public void withdrawn(String pid) {
        refused.remove(pid);
    }
}
