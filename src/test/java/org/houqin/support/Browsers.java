package org.houqin.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one headless Chromium of a test JVM (Debian's /usr/bin/chromium; nothing is ever downloaded), started on first
 * use and closed when the JUnit run ends (tests that use it add {@code @ExtendWith(Browsers.class)} and the tag
 * {@code slow}, so {@code -Dbench.excluded=bench,slow} leaves them out of a quick local run), or at the
 * latest by a JVM shutdown hook. Each page gets its own browser context, so cookies never leak between journeys.
 */
public final class Browsers implements BeforeAllCallback {

    /** The two screens the school uses: an office PC and a phone held upright. */
    public enum Viewport {
        DESKTOP(1366, 900, false),
        PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private static boolean hookAdded;

    /** Used by JUnit through {@code @ExtendWith}. */
    public Browsers() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // An AutoCloseable in the root store is closed once, after the last test class of the run.
        context.getRoot().getStore(ExtensionContext.Namespace.create(Browsers.class))
                .computeIfAbsent("closer", key -> new Closer(), Closer.class);
    }

    private static final class Closer implements AutoCloseable {
        @Override
        public void close() {
            Browsers.close();
        }
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            if (!hookAdded) {
                hookAdded = true;
                Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close, "close-browser"));
            }
        }
        return browser;
    }

    /** Closes the browser and Playwright's driver; safe to call more than once. */
    public static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException ignored) {
            // shutting down anyway
        } finally {
            browser = null;
            playwright = null;
        }
    }

    /** A fresh page in its own context (own cookies), with relative URLs resolved against the test server. */
    public static Page newPage(int port, Viewport viewport) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(viewport.width, viewport.height)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setAcceptDownloads(true);
        if (viewport.mobile) {
            options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2);
        }
        BrowserContext context = browser().newContext(options);
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(20_000);
        return context.newPage();
    }

    /** Closes the page together with its context. */
    public static void close(Page page) {
        if (page != null) {
            page.context().close();
        }
    }

    /** Signs in through the Chinese login page (password {@code houqin}) and waits for the home page. */
    public static void login(Page page, String username) {
        page.navigate("/login?lang=zh_CN");
        page.locator("#username").fill(username);
        page.locator("#password").fill("houqin");
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> path(url).equals("/"));
        page.locator("#user-menu").waitFor();
    }

    /** The path of a URL, without host, query or fragment. */
    public static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
    }

    /**
     * A full-page PNG at target/screenshots/NAME.png, when asked for ({@code ./mvnw verify -Dscreenshots=true}): the
     * pictures are for people to look at, nothing asserts on them, and making them all costs a run about half a
     * minute.
     */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        if (!Boolean.getBoolean("houqin.screenshots")) {
            return file;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        return file;
    }

    /** Draws a zig-zag on a signature pad, as a finger would. */
    public static void sign(Page page, com.microsoft.playwright.Locator canvas) {
        canvas.scrollIntoViewIfNeeded();
        var box = canvas.boundingBox();
        page.mouse().move(box.x + 20, box.y + box.height / 2);
        page.mouse().down();
        for (int i = 1; i <= 10; i++) {
            page.mouse().move(box.x + 20 + i * (box.width - 40) / 10, box.y + box.height / 2 + (i % 2 == 0 ? 15 : -15));
        }
        page.mouse().up();
    }
}
