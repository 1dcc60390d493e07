package org.parkhall.web.internal.http;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the web server serves every servlet and filter of this bundle. pax-web 8 can miss a whiteboard
 * service registered while it is still setting up its default context at boot ("No matching target context"),
 * and then never serves it: one route answers 404 until a restart. Each minute (first a few seconds after start)
 * this compares the bundle's active components with what the HTTP runtime says it serves, and registers a missed
 * one again by disabling and enabling its component.
 */
@Component(immediate = true)
public final class WhiteboardWatch {
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardWatch.class);
    private static final String SERVLET_NAME = "osgi.http.whiteboard.servlet.name";
    private static final String FILTER_NAME = "osgi.http.whiteboard.filter.name";

    private final HttpServiceRuntime http;
    private final ServiceComponentRuntime components;
    private final BundleContext context;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task ->
            new Thread(task, "parkhall-whiteboard-watch"));

    @Activate
    public WhiteboardWatch(@Reference HttpServiceRuntime http, @Reference ServiceComponentRuntime components,
            BundleContext context) {
        this.http = http;
        this.components = components;
        this.context = context;
        timer.scheduleWithFixedDelay(this::check, 5, 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void check() {
        try {
            Set<String> served = served(http.getRuntimeDTO());
            for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(context.getBundle())) {
                Object name = description.properties.getOrDefault(SERVLET_NAME,
                        description.properties.get(FILTER_NAME));
                if (name != null && active(description) && !served.contains(name.toString())) {
                    LOG.warn("The web server does not serve {}; registering it again", name);
                    components.disableComponent(description).getValue();
                    components.enableComponent(description).getValue();
                }
            }
        } catch (Exception e) { // a timer thread must not die of one failed check
            LOG.warn("Could not check what the web server serves: {}", e.toString());
        }
    }

    private boolean active(ComponentDescriptionDTO description) {
        return components.getComponentConfigurationDTOs(description).stream()
                .anyMatch(configuration -> configuration.state == ComponentConfigurationDTO.ACTIVE);
    }

    /** Names of the servlets (error pages included) and filters the runtime serves, in any context. */
    private static Set<String> served(RuntimeDTO runtime) {
        Set<String> names = new HashSet<>();
        for (ServletContextDTO servletContext : runtime.servletContextDTOs) {
            Arrays.stream(servletContext.servletDTOs).forEach(servlet -> names.add(servlet.name));
            Arrays.stream(servletContext.errorPageDTOs).forEach(page -> names.add(page.name));
            Arrays.stream(servletContext.filterDTOs).forEach(filter -> names.add(filter.name));
        }
        return names;
    }
}
