package org.wsis.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never downloaded),
 * with its own profile, so two people can be signed in at once. Every page it is asked to check is audited
 * with axe-core (WCAG 2.1 A and AA) and kept as a screenshot under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("WSIS_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("WSIS_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("target", "axe", "package", "axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String base;
    private final ChromeDriver driver;
    private final Path profile;

    Browser(String base) throws IOException {
        requireInstalled();
        this.base = base;
        this.profile = Files.createTempDirectory("wsis-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A machine without the browser fails here, saying what to install, rather than skipping the tests. */
    static void requireInstalled() {
        for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(path))) {
                throw new IllegalStateException(path + " is missing: the browser tests drive Debian's Chromium."
                        + " Install it with: sudo apt-get install -y --no-install-recommends chromium chromium-driver"
                        + " (README, Set-up), or point WSIS_CHROMIUM and WSIS_CHROMEDRIVER at another copy");
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * An attribute of the element the selector finds now, once it equals {@code expected}: a page that
     * re-renders itself (the live tallies) may replace the element between two reads.
     */
    Browser awaitAttribute(String css, String attribute, String expected) {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> expected.equals(d.findElement(By.cssSelector(css)).getAttribute(attribute)));
        return this;
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Signs in at the identity provider's page (Keycloak's login form), coming back to {@code next}. */
    Browser signIn(String user, String password, String next) {
        open("/sign-in?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        type("#username", user).type("#password", password).click("#kc-login");
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(base));
        return this;
    }

    /** The accessibility audit of the page as it is now, and its screenshot (target/screenshots/NAME.png). */
    Browser check(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(AXE));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help"
                        + " + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(result.get("error")).as("axe-core on %s", name).isNull();
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result.get("violations");
        assertThat(violations).as("accessibility of %s (%s):%n%s", name, driver.getCurrentUrl(),
                violations.stream().collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
