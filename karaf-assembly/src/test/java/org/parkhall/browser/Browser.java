package org.parkhall.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from Debian's packages at a counter screen's size, with waits that read well in a test. */
final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;

    Browser(Path screenshots) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver packages"
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=zh-CN", "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.screenshots = screenshots;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Shows pages as a screen of this size does (a TV, a portrait kiosk, a phone) until {@link #restoreScreen()}. */
    void emulateScreen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the counter screen's size the browser started with. */
    void restoreScreen() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    void open(String url) {
        driver.get(url);
    }

    /** The element once it is visible. */
    WebElement visible(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks the element once it can be clicked, again if the page redrew it just then. */
    void click(String id) {
        waiting().until(page -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(page);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Whether the element shows within {@code limit}. */
    boolean appears(String id, Duration limit) {
        try {
            new WebDriverWait(driver, limit).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits until the element's attribute has the value. */
    void awaitAttribute(String id, String attribute, String value) {
        waiting().until(ExpectedConditions.attributeToBe(By.id(id), attribute, value));
    }

    void type(String id, String text) {
        waiting().until(page -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(By.id(id)).apply(page);
            if (field == null) {
                return false;
            }
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /**
     * The visible form control that the label with exactly this text names (its {@code for}), inside the element
     * {@code scopeId}; null when no such label shows.
     */
    WebElement labelled(String scopeId, String label) {
        for (WebElement candidate : driver.findElements(By.cssSelector("#" + scopeId + " label[for]"))) {
            if (candidate.isDisplayed() && candidate.getText().strip().equals(label)) {
                return driver.findElement(By.id(candidate.getAttribute("for")));
            }
        }
        return null;
    }

    /** Waits until the element's text contains {@code text}, and returns its whole text. */
    String waitForText(String id, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        return driver.findElement(By.id(id)).getText();
    }

    /** Waits until {@code condition} holds, looking again when the page redraws an element under it. */
    void await(String what, BooleanSupplier condition) {
        waiting().withMessage(what).until(page -> condition.getAsBoolean());
    }

    /** Signs in on a fresh console at {@code consoleUrl}, whoever was signed in before. */
    void signIn(String consoleUrl, String user, String password) {
        open(consoleUrl);
        driver.manage().deleteAllCookies();
        open(consoleUrl);
        type("login-user", user);
        type("login-password", password);
        click("login-submit");
        visible("logout");
    }

    /** A wait that looks again when the page redraws an element under it. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
