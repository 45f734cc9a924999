package org.klangru.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's chromium, driven through Debian's chromedriver (both from {@code apt-get install chromium
 * chromium-driver}); nothing here downloads a browser or a driver. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("klangru.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("klangru.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final URI base;

    static final String MISSING = "ไม่พบ chromium/chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + "): the browser tests "
            + "of the web page need Debian's packages; install them with: sudo apt-get install chromium chromium-driver";

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** CI must run the browser tests: there a missing browser is a failure, not a skip. */
    static boolean required() {
        return System.getenv("CI") != null || System.getenv("KLANGRU_REQUIRE_BROWSER") != null;
    }

    /** Fails when the browser is missing where it is required, skips otherwise (see {@link ChromiumAvailable}). */
    static void assumeInstalled() {
        if (installed()) {
            return;
        }
        if (required()) {
            throw new AssertionError(MISSING);
        }
        Assumptions.abort(MISSING);
    }

    static Browser start(URI base) {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("klangru-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=th-TH",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(service, driver, profile, base);
    }

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, URI base) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sets the window's inner size (the CSS viewport), as a phone or desktop screen would have it. */
    Browser viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerW = (Number) js("return window.innerWidth");
        Number innerH = (Number) js("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(2 * width - innerW.intValue(), 2 * height - innerH.intValue()));
        return this;
    }

    Browser open(String pathAndQuery) {
        driver.get(base.resolve(pathAndQuery).toString());
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement waitVisible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Query string of the address bar, decoded (the page keeps its whole state there). */
    String urlQuery() {
        String q = URI.create(driver.getCurrentUrl()).getQuery();
        return q == null ? "" : q;
    }

    /** True when the element's box lies inside the visible part of the page. */
    boolean inViewport(WebElement e) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1"
                + " && r.height > 0;", e);
    }

    /** Fonts finished loading, so screenshots show Sarabun and not a fallback. */
    void fontsReady() {
        waitUntil(d -> (Boolean) js("return document.fonts.status === 'loaded'"));
    }

    Path screenshot(String name) {
        fontsReady();
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }

    /** Elements (searched under the element or page it is used on) whose text contains the given words. */
    static By text(String tag, String contains) {
        return By.xpath(".//" + tag + "[contains(normalize-space(.), '" + contains + "')]");
    }
}
