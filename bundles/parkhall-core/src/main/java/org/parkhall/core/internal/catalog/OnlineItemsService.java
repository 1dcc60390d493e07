package org.parkhall.core.internal.catalog;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.OnlineItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the serving handler whether its item is taken online, through the guard like every call into a department. */
@Component(service = OnlineItems.class)
public final class OnlineItemsService implements OnlineItems {
    private static final Logger LOG = LoggerFactory.getLogger(OnlineItemsService.class);

    private final HandlerRegistry handlers;
    private final HandlerGuard guard;

    @Activate
    public OnlineItemsService(@Reference HandlerRegistry handlers, @Reference HandlerGuard guard) {
        this.handlers = handlers;
        this.guard = guard;
    }

    @Override
    public boolean acceptsOnline(String itemCode) {
        return handlers.serving(itemCode).map(registration -> {
            try {
                return guard.run(registration.bundle(), registration.handler()::acceptsOnline);
            } catch (HandlerGuard.NoAnswer e) { // a handler that cannot say is not offered online
                LOG.warn("Item {}: acceptsOnline() gave no answer: {}", itemCode, e.getMessage());
                return false;
            }
        }).orElse(false);
    }
}
