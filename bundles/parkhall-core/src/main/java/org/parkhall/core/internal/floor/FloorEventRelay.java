package org.parkhall.core.internal.floor;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.core.internal.store.Database;

/**
 * Brings the calls made on other nodes serving the same site to this node's displays: on PostgreSQL it listens on the
 * floor's channel and reposts each call another node sent on this node's EventAdmin, with the same topic and
 * properties, so the web's display stream shows it as its own. After a lost connection it tells the displays the last
 * calls from the database ({@link FloorEvents#RESYNC}), since what was sent meanwhile is gone. On Derby (one node) it
 * does nothing.
 */
@Component
public final class FloorEventRelay {
    /** As many as a display keeps. */
    private static final int LAST_CALLS = 8;

    private final Database database;
    private final HallCalendar calendar;
    private final FloorEvents events;
    private final SiteDirectory sites;
    private final PostgresListener listener;

    @Activate
    public FloorEventRelay(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorEvents events, @Reference SiteDirectory sites) {
        this.database = database;
        this.calendar = calendar;
        this.events = events;
        this.sites = sites;
        this.listener = database.onPostgres()
                ? new PostgresListener(database, FloorEvents.CHANNEL, this::repost, this::resync) : null;
        if (listener != null) {
            listener.start();
        }
    }

    @Deactivate
    public void stop() throws InterruptedException {
        if (listener != null) {
            listener.stop();
        }
    }

    private void repost(String payload) {
        events.fromOtherNode(payload, sites.here().code()).ifPresent(events::postHere);
    }

    private void resync() {
        List<FloorEvents.Announcement> last = new ArrayList<>();
        for (Ticket ticket : database.read(connection -> TicketRecords.lastCalled(connection, sites.here().code(),
                calendar.today(), LAST_CALLS))) {
            last.add(FloorEvents.Announcement.of(ticket.recalls() > 0 ? FloorEvents.RECALLED : FloorEvents.CALLED,
                    ticket));
        }
        events.postResync(last);
    }
}
