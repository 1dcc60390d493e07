package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.parkhall.itest.CaseLifecycleIT.assertError;


import javax.inject.Inject;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.parkhall.api.Floor;
import org.parkhall.api.Priority;

/**
 * 预约 through REST and the shell: book a slot, check in at the kiosk and be called before those who walked in.
 * The hall here takes appointments around the clock in hour slots, so the test does not depend on the time of day.
 */
public class AppointmentIT extends HallTestSupport {
    private static final String HOURS = "etc/org.parkhall.appointments.cfg";

    @Inject
    private Floor floor;

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(), aroundTheClock());
    }

    /** Appointments in hour slots at any time of day, for every IT that books (CI runs at any hour). */
    static Option[] aroundTheClock() {
        return new Option[] {editConfigurationFilePut(HOURS, "hours", "00:00-23:59"),
                editConfigurationFilePut(HOURS, "extendedHours", "MON 00:00-23:59, TUE 00:00-23:59,"
                        + " WED 00:00-23:59, THU 00:00-23:59, FRI 00:00-23:59, SAT 00:00-23:59, SUN 00:00-23:59"),
                editConfigurationFilePut(HOURS, "slotMinutes", "60"),
                editConfigurationFilePut(HOURS, "checkInEarlyMinutes", "60"),
                editConfigurationFilePut(HOURS, "lateGraceMinutes", "60")};
    }

    @Test
    public void aCheckedInAppointmentIsCalledBeforeWalkInsAndASlotNeverOverbooks() throws Exception {
        JsonObject slot = openSlot("A");
        String start = slot.get("start").getAsString();
        assertEquals(4, slot.get("capacity").getAsInt());

        assertEquals("phone", assertError(http("POST", "/api/v1/appointments", booking("A", slot, "李四", "12345")),
                400, "invalid").get("field").getAsString());
        assertError(http("POST", "/api/v1/appointments", booking("F", openSlot("A"), "李四", "13900001111")), 400,
                "invalid");

        JsonObject confirmation = json(http("POST", "/api/v1/appointments", booking("A", slot, "李四",
                "13900001111")), 201);
        JsonObject booked = confirmation.getAsJsonObject("booking");
        String reference = booked.get("reference").getAsString();
        String code = confirmation.get("queryCode").getAsString();
        assertEquals("BOOKED", booked.getAsJsonObject("state").get("code").getAsString());
        assertFalse("the public answer names no one and shows no phone", confirmation.toString().contains("李四")
                || confirmation.toString().contains("1111"));
        JsonArray list = json(http("GET", "/api/v1/appointments?queue=A"), 200).getAsJsonArray("appointments");
        assertEquals("139****1111", list.get(0).getAsJsonObject().get("phone").getAsString());
        String printed = shell("hall:appointments -q A", "admin");
        assertTrue(printed, printed.contains(reference) && printed.contains("139****1111")
                && !printed.contains("13900001111"));

        for (int i = 2; i <= 4; i++) {
            json(http("POST", "/api/v1/appointments", booking("A", slot, "访客" + i, "1390000222" + i)), 201);
        }
        assertError(http("POST", "/api/v1/appointments", booking("A", slot, "访客5", "13900002225")), 409,
                "illegal_action");
        assertTrue(shell("hall:slots A", "admin").contains(start));

        floor.signIn(1, "王芳");
        String walkIn = floor.issue("A", Priority.NONE, "kiosk").label();
        assertError(http("POST", "/api/v1/appointments/" + reference + "/check-in", "{\"queryCode\":\"1111\"}"),
                400, "invalid");
        assertError(http("POST", "/api/v1/appointments/" + reference + "/check-in", "{\"queryCode\":\""
                + otherThan(code) + "\"}"), 404, "not_found");
        JsonObject ticket = json(http("POST", "/api/v1/appointments/" + reference + "/check-in",
                "{\"queryCode\":\"" + code + "\"}"), 201);
        assertFalse("a public answer names no priority", ticket.has("priority"));
        assertEquals("yet it goes ahead of the walk-in", 0, ticket.get("peopleAhead").getAsInt());
        String text = assertError(http("POST", "/api/v1/appointments/" + reference + "/check-in",
                "{\"queryCode\":\"" + code + "\"}"), 409, "illegal_action").toString();
        assertTrue(text, text.contains(ticket.get("label").getAsString()));

        assertEquals(ticket.get("label").getAsString(), floor.callNext(1, "王芳").orElseThrow().label());
        floor.noShow(1, "王芳");
        assertEquals(walkIn, floor.callNext(1, "王芳").orElseThrow().label());
        floor.noShow(1, "王芳");
        floor.signOut(1, "王芳");
    }

    @Test
    public void aCancelledPlaceIsFreeAgainAndTheShellChecksInForAVisitor() throws Exception {
        JsonObject slot = openSlot("B");
        JsonObject confirmation = json(http("POST", "/api/v1/appointments", booking("B", slot, "赵六",
                "13700003333")), 201);
        String reference = confirmation.getAsJsonObject("booking").get("reference").getAsString();
        String code = confirmation.get("queryCode").getAsString();
        assertEquals(1, openSlot("B").get("booked").getAsInt());
        assertError(http("POST", "/api/v1/appointments/" + reference + "/cancel", "{\"queryCode\":\"12\"}"), 400,
                "invalid");
        JsonObject cancelled = json(http("POST", "/api/v1/appointments/" + reference + "/cancel",
                "{\"queryCode\":\"" + code + "\"}"), 201);
        assertEquals("CANCELLED", cancelled.getAsJsonObject("state").get("code").getAsString());
        assertEquals(0, openSlot("B").get("booked").getAsInt());
        assertTrue(shell("hall:appointment-check-in " + reference + " " + code, "admin").contains("已取消"));

        JsonObject again = json(http("POST", "/api/v1/appointments", booking("B", slot, "赵六", "13700003333")), 201);
        String second = again.getAsJsonObject("booking").get("reference").getAsString();
        String secondCode = again.get("queryCode").getAsString();
        String printed = shell("hall:appointment-check-in " + second + " " + secondCode, "admin");
        assertTrue(printed, printed.matches("(?s)B\\d{3}（预约优先）.*"));
        JsonObject found = json(anonymous("GET", "/api/v1/appointments/" + second + "?queryCode=" + secondCode, ""),
                200);
        assertEquals("CHECKED_IN", found.getAsJsonObject("state").get("code").getAsString());
        assertFalse(found.toString(), found.has("name") || found.has("phone"));
        assertEquals("a viewer cannot check visitors in", "CommandNotFoundException", assertThrows(Exception.class,
                () -> shell("hall:appointment-check-in " + second + " " + secondCode, "viewer")).getClass()
                        .getSimpleName());
    }

    /** Another query code of the right shape. */
    static String otherThan(String code) {
        return code.substring(0, 7) + (char) ('0' + (code.charAt(7) - '0' + 1) % 10);
    }

    /** The first slot of today that can still be booked. */
    static JsonObject openSlot(String queue) throws Exception {
        for (JsonElement slot : json(http("GET", "/api/v1/appointments/slots?queue=" + queue), 200)
                .getAsJsonArray("slots")) {
            if (slot.getAsJsonObject().get("open").getAsBoolean()) {
                return slot.getAsJsonObject();
            }
        }
        throw new AssertionError("no open slot today in queue " + queue);
    }

    static String booking(String queue, JsonObject slot, String name, String phone) {
        return "{\"queue\":\"" + queue + "\",\"day\":\"" + slot.get("day").getAsString() + "\",\"start\":\""
                + slot.get("start").getAsString() + "\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}";
    }
}
