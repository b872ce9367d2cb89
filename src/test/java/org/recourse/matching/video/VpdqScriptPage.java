package org.recourse.matching.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.StaticSite;

/**
 * A test page at /hash (so under /hash's Content-Security-Policy, which lets a blob: URL play) that loads pdq.js and
 * hash.js as the real page does and calls {@code RecourseVideo.sample} on a video the page fetches from the
 * {@link StaticSite}, as the survivor's chosen file: a File object, hashed off-screen one frame a second.
 */
final class VpdqScriptPage {

    private static final Path SCRIPTS = Path.of("src", "main", "webapp", "resources", "js");
    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>vPDQ in the page under test</title>
            <script src="/pdq.js"></script><script src="/hash.js"></script></head><body></body></html>
            """;

    /** What the page made of a video: its vPDQ lines, or the reason it refused, and how long it took there. */
    record Sampled(String lines, int seconds, int readable, String reason, double millis) {

        VpdqVideo video() {
            return VpdqText.read(lines);
        }
    }

    private final ChromeDriver browser;
    private final StaticSite site;
    private int served;

    private VpdqScriptPage(ChromeDriver browser, StaticSite site) {
        this.browser = browser;
        this.site = site;
    }

    static VpdqScriptPage open(ChromeDriver browser, StaticSite site) {
        try {
            site.serve("/hash", HTML.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
            site.serve("/pdq.js", Files.readAllBytes(SCRIPTS.resolve("pdq.js")), "text/javascript; charset=utf-8");
            site.serve("/hash.js", Files.readAllBytes(SCRIPTS.resolve("hash.js")), "text/javascript; charset=utf-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        browser.get(site.url("/hash"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> browser.executeScript(
                "return typeof RecoursePdq === 'object' && typeof RecourseVideo === 'object';"));
        return new VpdqScriptPage(browser, site);
    }

    /** Samples the file as the page would (a File named and typed as a phone would give it). */
    Sampled sample(byte[] file, String name, String type) {
        return sample(file, name, type, 0, 0);
    }

    /**
     * The same, with a lower bound on the length (maxSeconds, 0 for the page's own) or a press of "Stop" after
     * cancelAfter frames (0 for none).
     */
    Sampled sample(byte[] file, String name, String type, int maxSeconds, int cancelAfter) {
        String url = serve(file);
        Object answer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const [url, name, type, maxSeconds, cancelAfter] = arguments;
                (async () => {
                    const file = new File([await (await fetch(url)).blob()], name, {type});
                    const start = performance.now();
                    let job = null;
                    job = RecourseVideo.sample(file, seconds => {
                        if (cancelAfter && seconds >= cancelAfter) {
                            job.cancel();
                        }
                    }, maxSeconds || undefined);
                    const r = await job.promise;
                    return {lines: r.lines.join('\\n'), seconds: r.seconds, readable: r.readable,
                        millis: performance.now() - start};
                })().then(done, e => done({reason: e && e.reason || null, error: String(e && e.stack || e)}));
                """, url, name, type, maxSeconds, cancelAfter);
        Map<?, ?> map = (Map<?, ?>) answer;
        if (map.get("reason") != null) {
            return new Sampled("", 0, 0, (String) map.get("reason"), 0);
        }
        if (map.containsKey("error")) {
            throw new AssertionError("The page failed: " + map.get("error"));
        }
        return new Sampled((String) map.get("lines"), ((Number) map.get("seconds")).intValue(),
                ((Number) map.get("readable")).intValue(), null, ((Number) map.get("millis")).doubleValue());
    }

    /** {@code RecoursePdq.fromVideoFrame} on RGBA samples: "hash,quality". */
    String hashFrame(int width, int height, byte[] rgba) {
        String url = serve(rgba);
        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const [url, width, height] = arguments;
                fetch(url).then(r => r.arrayBuffer()).then(samples => {
                    const r = RecoursePdq.fromVideoFrame(width, height, new Uint8ClampedArray(samples));
                    done(r.hash + ',' + r.quality);
                }, e => done('error ' + e));
                """, url, width, height);
    }

    /** {@code RecoursePdq.sha256Blob} of the bytes, read in slices (above 64 MiB) or whole by WebCrypto. */
    String sha256Blob(byte[] bytes) {
        String url = serve(bytes);
        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.blob()).then(b => RecoursePdq.sha256Blob(b)).then(done,
                    e => done('error ' + e));
                """, url);
    }

    List<String> loggedErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    private String serve(byte[] body) {
        String path = "/resource/" + served++;
        site.serve(path, body, "application/octet-stream");
        return site.url(path);
    }
}
