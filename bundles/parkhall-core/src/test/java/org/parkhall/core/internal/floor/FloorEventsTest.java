package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

/**
 * What a node takes from the floor's channel: well-formed calls another node made on this node's site's floor, never
 * its own, another site's or anything else.
 */
public class FloorEventsTest {
    private static final String AT = "2026-12-02T01:02:03.456Z";

    private final FloorEvents events = new FloorEvents(null, null);

    @Test
    public void anotherNodesCallBecomesTheSameAnnouncement() {
        Optional<FloorEvents.Announcement> call = events.fromOtherNode(notice("other", FloorEvents.RECALLED, "B012",
                3, "B"), "HQ");
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
            notice("other", FloorEvents.CALLED, "A001", 1, "A").replace(AT, "yesterday"),
            notice("other", FloorEvents.CALLED, "A001", 1, "A").replace("\"site\":\"HQ\",", "")}) {
            assertTrue(String.valueOf(payload), events.fromOtherNode(payload, "HQ").isEmpty());
        }
    }

    @Test
    public void anotherSitesCallsStayOnItsOwnDisplays() {
        String parkCall = notice("other", FloorEvents.CALLED, "A001", 1, "A").replace("\"HQ\"", "\"PARK\"");
        assertTrue(events.fromOtherNode(parkCall, "HQ").isEmpty());
        assertTrue(events.fromOtherNode(parkCall, "PARK").isPresent());
    }

    private static String notice(String node, String topic, String ticket, int counter, String queue) {
        return "{\"node\":\"" + node + "\",\"site\":\"HQ\",\"call\":{\"topic\":\"" + topic
                + "\",\"ticket\":\"" + ticket + "\",\"counter\":" + counter + ",\"queue\":\"" + queue
                + "\",\"at\":\"" + AT + "\"}}";
    }
}
