package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.Priority;
import org.parkhall.api.RefusedConfiguration;

/**
 * An operator mistypes the hall's configuration, the way {@code config:property-set} or an edited file would
 * deliver it: each wrong value is refused with one log line naming the file, key, value and rule; the floor and the
 * appointments run on as they were, the REST API and the {@code hall:*} commands stay; a queue file reusing a
 * letter is refused and removing it changes nothing; Chinese saved as UTF-8 in a queue file reads right.
 */
public class ConfigurationIT extends HallTestSupport {
    private static final String FLOOR = "org.parkhall.floor";
    private static final String APPOINTMENTS = "org.parkhall.appointments";

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private HallConfiguration checks;

    @Inject
    private Floor floor;

    @Test
    public void aWrongFloorValueIsRefusedOnceAndTheLastGoodConfigurationStays() throws Exception {
        floor.signIn(3, "王芳");
        set(FLOOR, "maxRecalls", 0);
        waitFor("maxRecalls 0 to be taken", () -> refusal(FLOOR).isEmpty() && recallRefused());

        Dictionary<String, Object> wrong = properties(FLOOR);
        wrong.put("priorityBurst", "abc");
        wrong.put("maxRecalls", "5");
        configurations.getConfiguration(FLOOR, null).update(wrong);
        waitFor("the floor's refusal", () -> refusal(FLOOR).isPresent());

        RefusedConfiguration refused = refusal(FLOOR).orElseThrow();
        assertTrue("it had a good configuration to keep", refused.lastGoodKept());
        assertEquals("priorityBurst", refused.problems().get(0).key());
        assertEquals("abc", refused.problems().get(0).value());
        assertEquals(1, refused.problems().size());
        List<String> lines = karafLogLines("Configuration refused", FLOOR + ")");
        assertEquals(lines.toString(), 1, lines.size());
        assertTrue(lines.get(0), lines.get(0).contains("etc/org.parkhall.floor.cfg")
                && lines.get(0).contains("priorityBurst = \"abc\"") && lines.get(0).contains("a whole number from 1"));
        assertTrue("maxRecalls 5 came with the refused change, so 0 still holds", recallRefused());
        assertHallAnswers();

        set(FLOOR, "priorityBurst", 2);
        waitFor("the floor to be taken as written again", () -> refusal(FLOOR).isEmpty());
    }

    @Test
    public void wrongAppointmentHoursAreRefusedAndTheSlotsStayAsTheyWere() throws Exception {
        String slotsBefore = json(http("GET", "/api/v1/appointments/slots?queue=A"), 200).toString();

        set(APPOINTMENTS, "hours", "9-12");
        waitFor("the appointments' refusal", () -> refusal(APPOINTMENTS).isPresent());

        RefusedConfiguration refused = refusal(APPOINTMENTS).orElseThrow();
        assertTrue(refused.lastGoodKept());
        assertEquals("hours", refused.problems().get(0).key());
        List<String> lines = karafLogLines("Configuration refused", APPOINTMENTS + ")");
        assertEquals(lines.toString(), 1, lines.size());
        assertTrue(lines.get(0), lines.get(0).contains("hours = \"9-12\"") && lines.get(0).contains("09:00-12:00"));
        assertEquals(slotsBefore, json(http("GET", "/api/v1/appointments/slots?queue=A"), 200).toString());
        assertHallAnswers();
    }

    @Test
    public void aWrongSignInValueIsRefusedByTheWebAndStaffStillSignIn() throws Exception {
        set("org.parkhall.web.login", "idleMinutes", "never");
        waitFor("the sign-in refusal", () -> refusal("org.parkhall.web.login").isPresent());

        RefusedConfiguration refused = refusal("org.parkhall.web.login").orElseThrow();
        assertTrue(refused.lastGoodKept());
        assertEquals("idleMinutes", refused.problems().get(0).key());
        assertEquals(1, karafLogLines("Configuration refused", "org.parkhall.web.login)").size());
        assertEquals(200, as(ADMIN, "GET", "/api/v1/staff", null).status());
    }

    @Test
    public void aQueueReusingALetterIsRefusedAndRemovingItLeavesTheFirst() throws Exception {
        Configuration duplicate = configurations.getFactoryConfiguration("org.parkhall.queue", "duplicate", "?");
        Dictionary<String, Object> queue = new Hashtable<>();
        queue.put("letter", "A");
        queue.put("name.zh", "重复队列");
        queue.put("name.en", "Duplicate");
        duplicate.update(queue);
        String pid = duplicate.getPid();
        waitFor("the duplicate's refusal", () -> refusal(pid).isPresent());

        assertEquals("letter", refusal(pid).orElseThrow().problems().get(0).key());
        assertTrue(refusal(pid).orElseThrow().degraded());
        assertEquals(1, karafLogLines("Configuration refused", pid + ")").size());
        assertEquals("综合受理", queueName("A"));

        duplicate.delete();
        waitFor("the duplicate to be forgotten", () -> refusal(pid).isEmpty());
        assertEquals("综合受理", queueName("A"));
        floor.issue("A", Priority.NONE, "kiosk");
    }

    @Test
    public void chineseSavedAsUtf8InAQueueFileReadsRight() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path written = etc.resolve("queue-utf8.tmp");
        Files.writeString(written, "letter = Q\nname.zh = 测试队列\nname.en = UTF-8 test\n", StandardCharsets.UTF_8);
        Files.move(written, etc.resolve("org.parkhall.queue-utf8.cfg"), StandardCopyOption.ATOMIC_MOVE);

        waitFor("queue Q", () -> queueName("Q") != null);
        assertEquals("测试队列", queueName("Q"));
    }

    /** What an operator relies on while a configuration is wrong: the REST API and the shell. */
    private void assertHallAnswers() throws Exception {
        Response queues = http("GET", "/api/v1/queues");
        assertEquals(queues.body(), 200, queues.status());
        assertTrue(queues.contentType().startsWith("application/json"));
        String printed = shell("hall:queues", "admin");
        assertTrue(printed, printed.contains("A") && !printed.contains("Command not found"));
        assertFalse(shell("hall:status", "admin").contains("Command not found"));
    }

    /** Whether a ticket just called at counter 3 (queue A only) can be recalled no more, as with maxRecalls 0. */
    private boolean recallRefused() {
        floor.issue("A", Priority.NONE, "kiosk");
        floor.callNext(3, "王芳").orElseThrow();
        try {
            floor.recall(3, "王芳");
            return false;
        } catch (HallException refused) {
            return refused.getMessage().contains("recalled 0 times");
        } finally {
            floor.noShow(3, "王芳");
        }
    }

    private Optional<RefusedConfiguration> refusal(String pid) {
        return checks.refused().stream().filter(refused -> refused.pid().equals(pid)).findFirst();
    }

    private Dictionary<String, Object> properties(String pid) throws IOException {
        Dictionary<String, Object> current = configurations.getConfiguration(pid, null).getProperties();
        return current == null ? new Hashtable<>() : current;
    }

    private void set(String pid, String key, Object value) throws IOException {
        Dictionary<String, Object> properties = properties(pid);
        properties.put(key, value);
        configurations.getConfiguration(pid, null).update(properties);
    }

    private static String queueName(String letter) {
        try {
            for (JsonElement queue : json(http("GET", "/api/v1/queues"), 200).getAsJsonArray("queues")) {
                JsonObject found = queue.getAsJsonObject();
                if (found.get("letter").getAsString().equals(letter)) {
                    return found.getAsJsonObject("name").get("zh").getAsString();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

}
