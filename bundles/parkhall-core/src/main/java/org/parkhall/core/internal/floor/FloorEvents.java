package org.parkhall.core.internal.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.store.Database;

import com.google.gson.JsonParseException;

/**
 * The floor's announcements for the hall display: a call (topic {@value #CALLED}) or recall ({@value #RECALLED}) is
 * posted on this node's EventAdmin once committed, and, on PostgreSQL, sent to the other nodes with
 * {@code pg_notify} on channel {@value #CHANNEL} inside the change's own transaction — PostgreSQL delivers a
 * notification only on commit, so a rolled-back change is never shown. {@link FloorEventRelay} reposts what other
 * nodes sent. The payload is the call alone (label, counter, queue, time) with this node's id: no personal data, and
 * far below NOTIFY's 8000-byte limit.
 */
@Component(service = FloorEvents.class)
public final class FloorEvents {
    static final String CALLED = "org/parkhall/floor/CALLED";
    static final String RECALLED = "org/parkhall/floor/RECALLED";
    /** Tells the displays to replace their last calls with property {@value #CALLS}: some calls may have been missed. */
    static final String RESYNC = "org/parkhall/floor/RESYNC";
    static final String CALLS = "calls";
    static final String CHANNEL = "parkhall_floor";
    private static final Pattern LABEL = Pattern.compile("[A-Z]\\d{3,9}");

    /** One call as the displays show it; its event's properties are made here and nowhere else. */
    record Announcement(String topic, String ticket, int counter, String queue, String at) {
        static Announcement of(String topic, Ticket ticket) {
            return new Announcement(topic, ticket.label(), ticket.counter(), ticket.queue(),
                    ticket.calledAt().toString());
        }

        /** The display's properties; {@code recall} too, for a list of calls that has no topic per call. */
        Map<String, Object> properties() {
            return Map.of("ticket", ticket, "counter", counter, "queue", queue, "at", at,
                    "text", "请 " + ticket + " 号到 " + counter + " 号窗口",
                    "textEn", "Ticket " + ticket + ", please go to counter " + counter,
                    "recall", RECALLED.equals(topic));
        }

        Event event() {
            return new Event(topic, properties());
        }

        /** Whether a payload from the database is a call this hall could have made, before it reaches a screen. */
        boolean wellFormed() {
            if (!CALLED.equals(topic) && !RECALLED.equals(topic) || ticket == null || !LABEL.matcher(ticket).matches()
                    || counter < 1 || queue == null || !queue.equals(ticket.substring(0, 1)) || at == null) {
                return false;
            }
            try {
                Instant.parse(at);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** What travels on the channel: the call and the site whose floor it was made on. */
    private record Notice(String node, String site, Announcement call) {
    }

    private final Database database;
    private final EventAdmin events;
    /** Per node (one in a JVM): the relay skips what this node sent, it was posted here already. */
    private final String node = UUID.randomUUID().toString();

    @Activate
    public FloorEvents(@Reference Database database, @Reference EventAdmin events) {
        this.database = database;
        this.events = events;
    }

    /**
     * Sends {@code call}, made on {@code site}'s floor, to the other nodes, in the caller's transaction: only its
     * commit delivers it.
     */
    void sendIn(Connection connection, String site, Announcement call) throws SQLException {
        if (!database.onPostgres()) {
            return;
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, Json.GSON.toJson(new Notice(node, site, call)));
            notify.execute();
        }
    }

    /** Posts {@code call} on this node, once its change has committed. */
    void postHere(Announcement call) {
        events.postEvent(call.event());
    }

    /** Tells this node's displays that {@code lastCalls} (newest first) are the calls to show, in place of theirs. */
    void postResync(List<Announcement> lastCalls) {
        events.postEvent(new Event(RESYNC, Map.of(CALLS, lastCalls.stream().map(Announcement::properties).toList())));
    }

    /**
     * A payload of the channel as a call another node made on {@code site}'s floor; empty for this node's own, another
     * site's or a malformed one.
     */
    Optional<Announcement> fromOtherNode(String payload, String site) {
        try {
            Notice notice = Json.GSON.fromJson(payload, Notice.class);
            return notice == null || node.equals(notice.node()) || !site.equals(notice.site()) || notice.call() == null
                    || !notice.call().wellFormed() ? Optional.empty() : Optional.of(notice.call());
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
