package org.parkhall.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonParser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.parkhall.nodes.NodeProcess;

/**
 * A clerk's morning at the counter workstation (1366×768), by keys and buttons: only the steps the hall publishes
 * for the counter are enabled at each moment; F2 calls, F4 starts, F6 finishes; a visitor is put on hold and called
 * back after others, a given number is called out of turn (特呼), and the counter pauses with a reason and resumes.
 */
public class CounterBrowserIT {
    private static final String PASSWORD = "Browser-Test-2026";
    private static final Path TARGET = Path.of("target");
    private static final List<String> BUTTONS = List.of("call-next", "recall", "no-show", "start-service",
            "finish-service", "hold", "transfer", "call-number", "pause", "sign-out");

    private static NodeProcess hall;
    private static Browser clerk;

    @BeforeClass
    public static void openTheHall() throws Exception {
        hall = NodeProcess.start(Path.of(System.getProperty("parkhall.assembly")), TARGET.resolve("browser-counter"),
                List.of("zhao.li = " + PASSWORD + ",clerk"));
        clerk = new Browser(TARGET.resolve("screenshots"));
    }

    @AfterClass
    public static void closeTheHall() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {clerk, hall}) {
            if (open != null) {
                open.close();
            }
        }
    }

    /** On a failure, what the clerk saw, to see why. */
    @Rule
    public final TestWatcher failureScreen = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description test) {
            try {
                clerk.screenshot("failed-" + test.getMethodName());
            } catch (IOException | RuntimeException screenshotFailed) {
                e.addSuppressed(screenshotFailed);
            }
        }
    };

    @Test
    public void theWorkstationOffersExactlyTheStepsTheHallAllowsByKeysAndButtons() throws Exception {
        String first = issue("A");
        String second = issue("A");
        String third = issue("A");
        clerk.signIn(hall.url("/console/"), "zhao.li", PASSWORD);
        new Select(clerk.visible("counter-select")).selectByValue("2");
        clerk.click("sign-in");
        awaitEnabled("call-next", "call-number", "pause", "sign-out");
        clerk.screenshot("20-counter-signed-in");

        press(Keys.F2);
        clerk.waitForText("current-ticket", first);
        awaitEnabled("recall", "no-show", "start-service", "transfer");
        assertEquals("the focus moves on to starting the service", "start-service",
                clerk.driver().switchTo().activeElement().getAttribute("id"));
        press(Keys.F4);
        clerk.awaitAttribute("current-ticket", "data-state", "SERVING");
        awaitEnabled("finish-service", "hold", "transfer");

        clerk.click("hold");
        clerk.visible("call-back-" + first);
        awaitEnabled("call-next", "call-number", "pause");
        assertTrue(clerk.visible("workstation-message").getText().contains("挂起"));
        clerk.screenshot("21-counter-visitor-on-hold");

        clerk.type("call-number-ticket", third.toLowerCase());
        clerk.click("call-number");
        clerk.waitForText("current-ticket", third);
        assertFalse("no call back while a visitor is in hand", clerk.visible("call-back-" + first).isEnabled());
        press(Keys.F4);
        clerk.awaitAttribute("current-ticket", "data-state", "SERVING");
        press(Keys.F6);
        clerk.waitForText("current-ticket", "—");

        clerk.click("call-back-" + first);
        clerk.waitForText("current-ticket", first);
        press(Keys.F4);
        clerk.awaitAttribute("current-ticket", "data-state", "SERVING");
        press(Keys.F6);
        clerk.waitForText("current-ticket", "—");

        new Select(clerk.visible("pause-reason")).selectByValue("MEETING");
        clerk.click("pause");
        assertTrue(clerk.waitForText("pause-state", "临时会议").contains("暂停服务"));
        awaitEnabled("sign-out");
        clerk.visible("resume");
        clerk.screenshot("22-counter-paused");
        clerk.click("resume");
        awaitEnabled("call-next", "call-number", "pause", "sign-out");
        press(Keys.F2);
        clerk.waitForText("current-ticket", second);
    }

    /** Waits until exactly these workstation buttons are enabled (the others disabled or hidden). */
    private static void awaitEnabled(String... ids) {
        List<String> expected = List.of(ids);
        clerk.await("buttons enabled: " + expected, () -> BUTTONS.stream().allMatch(id -> {
            WebElement button = clerk.driver().findElement(By.id(id));
            return button.isDisplayed() && button.isEnabled() == expected.contains(id)
                    || !button.isDisplayed() && !expected.contains(id);
        }));
    }

    private static void press(Keys key) {
        new Actions(clerk.driver()).sendKeys(key).perform();
    }

    /** A ticket taken as the kiosk takes it; its label. */
    private static String issue(String queue) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(hall.url("/api/v1/tickets")).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream body = connection.getOutputStream()) {
            body.write(("{\"queue\":\"" + queue + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a ticket is taken", 201, connection.getResponseCode());
        return JsonParser.parseString(new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .getAsJsonObject().get("label").getAsString();
    }
}
