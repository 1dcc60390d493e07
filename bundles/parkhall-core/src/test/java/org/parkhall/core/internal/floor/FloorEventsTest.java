package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

/** What a node takes from the floor's channel: another node's well-formed calls, never its own or anything else. */
public class FloorEventsTest {
    private static final String AT = "2026-12-02T01:02:03.456Z";

    private final FloorEvents events = new FloorEvents(null, null);

    @Test
    public void anotherNodesCallBecomesTheSameAnnouncement() {
        Optional<FloorEvents.Announcement> call = events.fromOtherNode(notice("other", FloorEvents.RECALLED, "B012",
                3, "B"));
        assertEquals(Optional.of(new FloorEvents.Announcement(FloorEvents.RECALLED, "B012", 3, "B", AT)), call);
        assertEquals("请 B012 号到 3 号窗口", call.orElseThrow().properties().get("text"));
        assertEquals(true, call.orElseThrow().properties().get("recall"));
    }

    @Test
    public void malformedPayloadsAreDropped() {
        for (String payload : new String[] {null, "", "not json", "[1,2]", "{\"node\":\"other\"}",
            notice("other", "org/parkhall/staff/ACCOUNT_CHANGED", "A001", 1, "A"),
            notice("other", FloorEvents.CALLED, "<img src=x>", 1, "A"),
            notice("other", FloorEvents.CALLED, "A001", 0, "A"),
            notice("other", FloorEvents.CALLED, "A001", 1, "B"),
            notice("other", FloorEvents.CALLED, "A001", 1, "A").replace(AT, "yesterday")}) {
            assertTrue(String.valueOf(payload), events.fromOtherNode(payload).isEmpty());
        }
    }

    private static String notice(String node, String topic, String ticket, int counter, String queue) {
        return "{\"node\":\"" + node + "\",\"call\":{\"topic\":\"" + topic + "\",\"ticket\":\"" + ticket
                + "\",\"counter\":" + counter + ",\"queue\":\"" + queue + "\",\"at\":\"" + AT + "\"}}";
    }
}
