package org.recourse.matching.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.StaticSite;

/**
 * The test page of pdq.js: an empty page that loads the script as the public pages will, from 'self' under their
 * Content-Security-Policy, and the calls a test makes into {@code RecoursePdq}. Pixels and files reach the page as
 * resources of the {@link StaticSite} that the page fetches: as WebDriver arguments, megabytes would go through JSON.
 */
final class PdqScriptPage {

    static final Path SCRIPT = Path.of("src", "main", "webapp", "resources", "js", "pdq.js");
    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>pdq.js under test</title>
            <script src="/pdq.js"></script></head><body></body></html>
            """;
    // What a page that keeps itself responsive would run: hashFile in a Worker, the file's bytes posted to it.
    private static final String WORKER = """
            importScripts('/pdq.js');
            onmessage = event => RecoursePdq.hashFile(new Blob([event.data]))
                .then(sent => postMessage(sent), error => postMessage({error: String(error && error.stack || error)}));
            """;
    // Async helpers shared by the calls below; the last WebDriver argument is the callback.
    private static final String PRELUDE = """
            const done = arguments[arguments.length - 1];
            const bytes = async url => (await fetch(url)).arrayBuffer();
            const each = async (items, hash) => {
                const out = [];
                for (const item of items) {
                    const start = performance.now();
                    const r = await hash(item);
                    out.push({hash: r.hash, quality: r.quality, width: r.width || 0, height: r.height || 0,
                        millis: performance.now() - start});
                }
                return out;
            };
            const answer = promise => promise.then(done, e => done({error: String(e && e.stack || e)}));
            """;

    /** How the page turns a file into pixels. */
    enum Decoding {
        /** {@code RecoursePdq.fromBlob}: createImageBitmap without colour conversion, kept rows drawn one by one. */
        BLOB("RecoursePdq.fromBlob(new Blob([await bytes(url)]))"),
        /** {@code RecoursePdq.fromImageElement} on a same-origin {@code <img>}. */
        IMAGE_ELEMENT("(async () => { const img = new Image(); img.src = url; await img.decode();"
                + " return Object.assign(RecoursePdq.fromImageElement(img),"
                + " {width: img.naturalWidth, height: img.naturalHeight}); })()"),
        /** The same bitmap as {@link #BLOB} drawn whole on one canvas, then {@code RecoursePdq.fromCanvas}. */
        WHOLE_CANVAS("(async () => { const b = await createImageBitmap(new Blob([await bytes(url)]),"
                + " {colorSpaceConversion: 'none', premultiplyAlpha: 'none'});"
                + " const c = document.createElement('canvas'); c.width = b.width; c.height = b.height;"
                + " c.getContext('2d').drawImage(b, 0, 0);"
                + " return Object.assign(RecoursePdq.fromCanvas(c), {width: b.width, height: b.height}); })()");

        private final String expression;

        Decoding(String expression) {
            this.expression = expression;
        }
    }

    /** A hash computed in the page, the picture's size as the page decoded it, and how long hashing took there. */
    record BrowserHash(PdqResult result, int width, int height, double millis) {
    }

    /**
     * SHA-256 of the same bytes by {@code sha256} with WebCrypto, by {@code sha256Sync}, and by {@code sha256} with
     * {@code window.crypto} hidden, as on plain http; and whether the page was a secure context offering WebCrypto.
     */
    record Digests(boolean secureContext, boolean webCryptoOffered, String webCrypto, String javaScript,
            String withoutWebCrypto) {
    }

    private final ChromeDriver browser;
    private final StaticSite site;
    private int served;

    private PdqScriptPage(ChromeDriver browser, StaticSite site) {
        this.browser = browser;
        this.site = site;
    }

    static PdqScriptPage open(ChromeDriver browser, StaticSite site) {
        try {
            site.serve("/", HTML.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
            site.serve("/pdq.js", Files.readAllBytes(SCRIPT), "text/javascript; charset=utf-8");
            site.serve("/worker.js", WORKER.getBytes(StandardCharsets.UTF_8), "text/javascript; charset=utf-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.get(site.url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> browser.executeScript("return typeof RecoursePdq === 'object';"));
        return new PdqScriptPage(browser, site);
    }

    /** Each picture's samples as RGBA (alpha 255) or grey bytes, hashed by fromRgba or fromGrey. */
    List<BrowserHash> hashPixels(List<Pixels> pictures) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Pixels pixels : pictures) {
            boolean grey = pixels.layout() == Pixels.Layout.GREY_BYTES;
            items.add(Map.of("url", serve(grey ? pixels.bytes() : rgba(pixels)), "grey", grey,
                    "width", pixels.width(), "height", pixels.height()));
        }
        return hashes(PRELUDE + """
                answer(each(arguments[0], async v => {
                    const samples = await bytes(v.url);
                    return v.grey ? RecoursePdq.fromGrey(v.width, v.height, new Uint8Array(samples))
                        : RecoursePdq.fromRgba(v.width, v.height, new Uint8ClampedArray(samples));
                }));
                """, items);
    }

    /** Each file's bytes, decoded and hashed in the page as {@code how} says. */
    List<BrowserHash> hashFiles(List<byte[]> files, Decoding how) {
        List<String> urls = files.stream().map(file -> serve(file, imageType(file))).toList();
        return hashes(PRELUDE + "answer(each(arguments[0], async url => " + how.expression + "));", urls);
    }

    /** What {@code RecoursePdq.hashFile} sends for a file: its SHA-256 and its PDQ hash with quality. */
    Map<String, Object> hashFile(byte[] file) {
        return call(PRELUDE + "answer(bytes(arguments[0]).then(b => RecoursePdq.hashFile(new Blob([b]))));",
                serve(file, imageType(file)));
    }

    /** The same, computed in a Web Worker that imports pdq.js. */
    Map<String, Object> hashFileInWorker(byte[] file) {
        return call(PRELUDE + """
                answer(bytes(arguments[0]).then(b => new Promise((resolve, reject) => {
                    const worker = new Worker('/worker.js');
                    worker.onmessage = event => { worker.terminate(); resolve(event.data); };
                    worker.onerror = event => { worker.terminate(); reject(event.message); };
                    worker.postMessage(b, [b]);
                })));
                """, serve(file, imageType(file)));
    }

    /** Each content's SHA-256 in the page, three ways (see {@link Digests}). */
    List<Digests> sha256(List<byte[]> contents) {
        Object answer = browser.executeAsyncScript(PRELUDE + """
                const withoutCrypto = async b => {
                    const crypto = Object.getOwnPropertyDescriptor(window, 'crypto');
                    Object.defineProperty(window, 'crypto', {value: undefined, configurable: true});
                    try {
                        return await RecoursePdq.sha256(b);
                    } finally {
                        Object.defineProperty(window, 'crypto', crypto);
                    }
                };
                answer((async () => {
                    const out = [];
                    for (const url of arguments[0]) {
                        const b = await bytes(url);
                        out.push({secure: window.isSecureContext, offered: !!(window.crypto && crypto.subtle),
                            webCrypto: await RecoursePdq.sha256(b),
                            javaScript: RecoursePdq.sha256Sync(new Uint8Array(b)), without: await withoutCrypto(b)});
                    }
                    return out;
                })());
                """, contents.stream().map(this::serve).toList());
        failOnError(answer);
        return ((List<?>) answer).stream().map(each -> (Map<?, ?>) each).map(d -> new Digests((Boolean) d.get("secure"),
                (Boolean) d.get("offered"), (String) d.get("webCrypto"), (String) d.get("javaScript"),
                (String) d.get("without"))).toList();
    }

    /** The distance from {@code hex} to each of {@code others}, by {@code RecoursePdq.distance}. */
    List<Integer> distances(String hex, List<String> others) {
        List<?> answer = (List<?>) browser.executeScript(
                "return arguments[1].map(other => RecoursePdq.distance(arguments[0], other));", hex, others);
        return answer.stream().map(each -> ((Number) each).intValue()).toList();
    }

    /** Runs {@code call} (a statement using {@code RecoursePdq}) and gives the name of what it threw, or "nothing". */
    String thrownBy(String call) {
        return (String) browser.executeScript("try { " + call + "; return 'nothing'; } catch (e) { return e.name; }");
    }

    /** Console errors since the last call, CSP violations among them: Chromium logs those as errors. */
    List<String> loggedErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    private List<BrowserHash> hashes(String script, Object argument) {
        Object answer = browser.executeAsyncScript(script, argument);
        failOnError(answer);
        List<BrowserHash> hashes = new ArrayList<>();
        for (Object each : (List<?>) answer) {
            Map<?, ?> r = (Map<?, ?>) each;
            hashes.add(new BrowserHash(new PdqResult(PdqHash.fromHex((String) r.get("hash")), number(r, "quality")),
                    number(r, "width"), number(r, "height"), ((Number) r.get("millis")).doubleValue()));
        }
        return hashes;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String script, Object argument) {
        Object answer = browser.executeAsyncScript(script, argument);
        failOnError(answer);
        return (Map<String, Object>) answer;
    }

    private static void failOnError(Object answer) {
        if (answer instanceof Map<?, ?> map && map.containsKey("error")) {
            throw new AssertionError("The page failed: " + map.get("error"));
        }
    }

    private static int number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private String serve(byte[] body) {
        return serve(body, "application/octet-stream");
    }

    private String serve(byte[] body, String contentType) {
        String path = "/resource/" + served++;
        site.serve(path, body, contentType);
        return site.url(path);
    }

    /** The vectors' files are JPEG or PNG; an {@code <img>} is not sniffed under {@code nosniff}. */
    private static String imageType(byte[] file) {
        return file.length > 1 && file[0] == (byte) 0xff && file[1] == (byte) 0xd8 ? "image/jpeg" : "image/png";
    }

    private static byte[] rgba(Pixels pixels) {
        byte[] rgb = pixels.bytes();
        byte[] rgba = new byte[rgb.length / 3 * 4];
        for (int p = 0, q = 0; p < rgb.length; p += 3, q += 4) {
            rgba[q] = rgb[p];
            rgba[q + 1] = rgb[p + 1];
            rgba[q + 2] = rgb[p + 2];
            rgba[q + 3] = (byte) 0xff;
        }
        return rgba;
    }
}
