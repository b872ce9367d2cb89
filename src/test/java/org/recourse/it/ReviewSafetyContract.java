package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.recourse.it.pages.CaseReviewPage;
import org.recourse.it.pages.StaffSignInPage;
import org.recourse.staff.Totp;
import org.recourse.testing.Browsers;
import org.recourse.testing.Http;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Reviewing without being hurt by what is reviewed (issue 11, findings 4, 5 and 7), on a real Payara Micro: a
 * reported file that is not a picture never runs in a reviewer's browser; until a reviewer who may decide chooses to
 * look, the server sends only a small blurred rendering, and every full-size answer is audited; an escalated case is
 * the supervisors' alone. Items are registered through the platform API with an API key, as a platform would.
 * Nested in {@link StaffWorkspaceH2IT}, after the workspace's own tests and by its team; every check names its own
 * items and cases (a moderator's take-next may be handed one of the workspace's open cases: only which one it is not
 * is asserted).
 */
abstract class ReviewSafetyContract {

    private static final String MEDIA_POLICY = "sandbox; default-src 'none'; img-src 'self'";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern ISSUED_KEY = Pattern.compile("id=\"issued-key\">(rk_[A-Za-z0-9_-]+)<");

    private static StaffClient admin;
    private static StaffClient mona;
    private static StaffClient milo;
    private static StaffClient sam;
    private static String registerKey;

    URL base;

    Http http;

    /** The portal under test: the staff workspace's deployment, which this contract runs in as a nested class. */
    abstract URL portal();

    abstract TestDatabase database();

    /** The workspace's team on that portal (its admin, two moderators and a supervisor), already signed in. */
    abstract Map<String, StaffClient> team();

    @BeforeEach
    void arrange() throws Exception {
        base = portal();
        http = new Http(base.toURI());
        if (admin == team().get("admin")) {
            return;
        }
        admin = team().get("admin");
        mona = team().get("mona");
        milo = team().get("milo");
        sam = team().get("sam");
        admin.get("/staff/admin/clients");
        admin.submit("/staff/admin/clients", "clients", "clients:create",
                Map.of("clients:clientName", "Uploads service", "clients:clientScopes", "content:register"));
        Matcher key = ISSUED_KEY.matcher(admin.lastPage());
        assertThat(key.find()).as("the new key, shown once").isTrue();
        registerKey = key.group(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Finding 4: a reported file can run script in a reviewer's session

    @Test
    @DisplayName("Files that are not pictures by their bytes are only ever downloads; pictures are sandboxed, typed by their bytes")
    void reportedFilesAreNeverServedAsPages() {
        // Arrange: an SVG with a script, an HTML page, and a real PNG that its uploader calls text/html
        byte[] png = picture(200, 120);
        register("f4-svg", "image/svg+xml", svg("f4-svg"));
        register("f4-html", "text/html", html("f4-html"));
        register("f4-png", "text/html", png);
        long caseId = report("f4-svg", "f4-html", "f4-png");
        long svgItem = itemOf("f4-svg");
        long htmlItem = itemOf("f4-html");
        long pngItem = itemOf("f4-png");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());

        // Act: the preview address of each file that is not a picture
        for (long item : List.of(svgItem, htmlItem)) {
            HttpResponse<byte[]> preview = mona.getBytes("/staff/media/" + item);

            // Assert: a picture made here, never the file; sandboxed, not sniffed
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(startsWith(preview.body(), PNG_MAGIC)).as("a PNG rendering").isTrue();
            assertThat(new String(preview.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
            assertMediaHeaders(preview);
        }

        // Assert: the page embeds neither file and warns about both
        String page = mona.get("/staff/case?id=" + caseId).body();
        for (long item : List.of(svgItem, htmlItem)) {
            assertThat(page).doesNotContainPattern("<(img|object|embed|iframe)[^>]*/staff/media/" + item + "[\"/]");
            assertThat(page).containsPattern("id=\"file-warning-" + item + "\"[^>]*>[^<]*not a picture");
        }

        // Act: reveal each item, then fetch its full-size bytes
        revealAll(mona, caseId);
        HttpResponse<byte[]> svgFile = mona.getBytes("/staff/media/" + svgItem + "/full");
        HttpResponse<byte[]> htmlFile = mona.getBytes("/staff/media/" + htmlItem + "/full");
        HttpResponse<byte[]> picture = mona.getBytes("/staff/media/" + pngItem + "/full");

        // Assert: the files only as downloads of opaque bytes, the picture inline as what its bytes say it is
        for (HttpResponse<byte[]> file : List.of(svgFile, htmlFile)) {
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
            assertMediaHeaders(file);
        }
        assertThat(svgFile.body()).isEqualTo(svg("f4-svg"));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(picture.headers().firstValue("Content-Disposition")).hasValue("inline");
        assertThat(picture.body()).isEqualTo(png);
        assertMediaHeaders(picture);
    }

    @Test
    @DisplayName("Chromium: a reported SVG's and an HTML file's scripts never run for a signed-in moderator")
    void reportedScriptNeverRunsInChromium() throws Exception {
        // Arrange: a moderator whose authenticator the test knows, and a case with an SVG and an HTML file
        String oneTime = StaffWorkspaceContract.create(admin, "cora", "MODERATOR");
        StaffClient setup = new StaffClient(base.toURI());
        String password = setup.setUp("cora", oneTime, "correct horse battery staple 9");
        register("f4b-svg", "image/svg+xml", svg("f4b-svg"));
        register("f4b-html", "text/html", html("f4b-html"));
        long caseId = report("f4b-svg", "f4b-html");
        long svgItem = itemOf("f4b-svg");
        long htmlItem = itemOf("f4b-html");
        ChromeDriver chromium = Browsers.chromium();
        try {
            StaffSignInPage.open(chromium, base.toString())
                    .signIn("cora", password, Totp.code(setup.secret(), Totp.step(Instant.now()) + 1));

            // Act: open each file's address directly, as a lure in a mail or a report would have the reviewer do
            for (long item : List.of(svgItem, htmlItem)) {
                chromium.get(base + "staff/media/" + item);
            }

            // Assert
            assertNoScriptRan(chromium);

            // Act: the case page, then take the case, reveal both files and open their full-size addresses
            chromium.get(base + "staff/case?id=" + caseId);
            CaseReviewPage review = new CaseReviewPage(chromium);
            assertThat(review.fileWarning(svgItem)).contains("image/svg+xml");
            assertThat(review.fileWarning(htmlItem)).contains("text/html");
            assertThat(review.embedsOf(svgItem)).isEmpty();
            assertThat(review.embedsOf(htmlItem)).isEmpty();
            review = review.claim().reveal(0).reveal(1);
            assertThat(review.embedsOf(svgItem)).isEmpty();
            assertThat(review.embedsOf(htmlItem)).isEmpty();
            for (long item : List.of(svgItem, htmlItem)) {
                try {
                    chromium.get(base + "staff/media/" + item + "/full");
                } catch (WebDriverException download) {
                    // A download ends the navigation without a page; some driver versions report that as an error.
                }
            }
            assertNoScriptRan(chromium);
            chromium.manage().logs().get(LogType.BROWSER); // drains what the file addresses logged
            chromium.get(base + "staff/case?id=" + caseId);

            // Assert
            List<LogEntry> errors = chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .toList();
            assertThat(errors).as("console errors on the case page").isEmpty();
        } finally {
            chromium.quit();
        }
    }

    private void assertNoScriptRan(ChromeDriver chromium) {
        chromium.get(base + "staff/");
        assertThat(chromium.manage().getCookieNamed("pwned")).as("a cookie set by a reported file's script").isNull();
        Object stored = ((JavascriptExecutor) chromium).executeScript("return window.localStorage.getItem('pwned')");
        assertThat(stored).as("local storage written by a reported file's script").isNull();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Finding 5: the blur is only CSS, and looking is not recorded

    @Test
    @DisplayName("Without a claim a moderator gets only a small blurred rendering; after claim and reveal every full-size answer is audited")
    void fullPictureOnlyAfterAnAuditedReveal() {
        // Arrange
        byte[] original = picture(800, 600);
        register("f5-photo", "image/png", original);
        long caseId = report("f5-photo");
        long item = itemOf("f5-photo");
        String subject = String.format("C-%06d/item-%d", caseId, item);

        // Act: a moderator who holds no claim asks for the preview, then guesses addresses of the full picture
        HttpResponse<byte[]> preview = milo.getBytes("/staff/media/" + item);
        List<HttpResponse<byte[]>> guesses = List.of("/full", "/full/", "/original", "?full=true", ".png", "/full?x=1",
                        "//full", "/../" + item + "/full")
                .stream().map(suffix -> milo.getBytes("/staff/media/" + item + suffix)).toList();

        // Assert: the rendering is small, grey and not the picture; no guess gives the picture
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).isNotEqualTo(original);
        BufferedImage rendering = decode(preview.body());
        assertThat(Math.max(rendering.getWidth(), rendering.getHeight())).isLessThanOrEqualTo(64);
        assertThat(isGrey(rendering)).as("greyscale").isTrue();
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
        assertMediaHeaders(preview);
        for (HttpResponse<byte[]> guess : guesses) {
            assertThat(guess.body()).as(guess.uri().toString()).isNotEqualTo(original);
            assertThat(guess.body().length).as(guess.uri().toString()).isLessThan(original.length / 2);
        }
        assertThat(audited("item.media.served", subject)).isZero();
        assertThat(milo.get("/staff/case?id=" + caseId).body()).doesNotContain("review:items:0:reveal");

        // Act: mona takes the case; before she reveals, the full picture is still refused to her
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        HttpResponse<byte[]> beforeReveal = mona.getBytes("/staff/media/" + item + "/full");
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:reveal", Map.of());
        HttpResponse<byte[]> first = mona.getBytes("/staff/media/" + item + "/full");
        HttpResponse<byte[]> second = mona.getBytes("/staff/media/" + item + "/full");
        HttpResponse<byte[]> stillBlurred = mona.getBytes("/staff/media/" + item);
        HttpResponse<byte[]> otherModerator = milo.getBytes("/staff/media/" + item + "/full");

        // Assert: the original only after the reveal, the reveal and each full-size answer in the audit log
        assertThat(beforeReveal.statusCode()).isEqualTo(403);
        assertThat(beforeReveal.body()).isNotEqualTo(original);
        assertThat(mona.lastPage()).contains("/staff/media/" + item + "/full");
        for (HttpResponse<byte[]> full : List.of(first, second)) {
            assertThat(full.statusCode()).isEqualTo(200);
            assertThat(full.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(full.body()).isEqualTo(original);
            assertMediaHeaders(full);
        }
        assertThat(decode(stillBlurred.body()).getWidth()).isLessThanOrEqualTo(64);
        assertThat(otherModerator.statusCode()).isEqualTo(403);
        assertThat(otherModerator.body()).isNotEqualTo(original);
        assertThat(database().count("select count(*) from audit_event where action = 'item.viewed' and actor = 'mona' "
                + "and subject = ?", subject)).isEqualTo(1);
        assertThat(database().count("select count(*) from audit_event where action = 'item.media.served' "
                + "and actor = 'mona' and subject = ?", subject)).isEqualTo(2);
        assertThat(audited("item.media.served", subject)).isEqualTo(2);

        // Act: a supervisor, who may decide any open case, reveals it too
        sam.get("/staff/case?id=" + caseId);
        sam.submit("/staff/case?id=" + caseId, "review", "review:items:0:reveal", Map.of());
        HttpResponse<byte[]> supervisor = sam.getBytes("/staff/media/" + item + "/full");

        // Assert
        assertThat(supervisor.body()).isEqualTo(original);
        assertThat(database().count("select count(*) from audit_event where action = 'item.media.served' "
                + "and actor = 'sam' and subject = ?", subject)).isEqualTo(1);
    }

    @Test
    @DisplayName("Chromium: the case page's picture is a small rendering until the reviewer takes the case and reveals it")
    void previewIsSmallUntilRevealedInChromium() {
        // Arrange
        String oneTime = StaffWorkspaceContract.create(admin, "dara", "MODERATOR");
        StaffClient setup = new StaffClient(URI.create(base.toString()));
        String password = setup.setUp("dara", oneTime, "correct horse battery staple 8");
        register("f5b-photo", "image/png", picture(800, 600));
        long caseId = report("f5b-photo");
        long item = itemOf("f5b-photo");
        ChromeDriver chromium = Browsers.chromium();
        try {
            StaffSignInPage.open(chromium, base.toString())
                    .signIn("dara", password, Totp.code(setup.secret(), Totp.step(Instant.now()) + 1));

            // Act
            chromium.get(base + "staff/case?id=" + caseId);
            CaseReviewPage review = new CaseReviewPage(chromium);
            long[] unclaimed = review.previewNaturalSize(item);
            boolean revealOffered = review.hasReveal(0);
            review = review.claim();
            long[] claimed = review.previewNaturalSize(item);
            review = review.reveal(0);
            long[] revealed = review.previewNaturalSize(item);

            // Assert
            assertThat(Math.max(unclaimed[0], unclaimed[1])).isLessThanOrEqualTo(64);
            assertThat(revealOffered).as("a reveal offered without a claim").isFalse();
            assertThat(Math.max(claimed[0], claimed[1])).isLessThanOrEqualTo(64);
            assertThat(revealed).containsExactly(800, 600);
            assertThat(review.previewClasses(item)).doesNotContain("blurred").contains("greyscale");
            List<LogEntry> errors = chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
            assertThat(errors).as("console errors on the case page").isEmpty();
        } finally {
            chromium.quit();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Finding 7: moderators can claim and decide escalated cases

    @Test
    @DisplayName("An escalated case: a moderator's claim, decision and take-next change nothing; a supervisor's work")
    void escalatedCaseIsForSupervisorsOnly() {
        // Arrange: mona takes a case and escalates it
        register("f7-photo", "image/png", picture(64, 48));
        long caseId = report("f7-photo");
        long item = itemOf("f7-photo");
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        mona.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "ESCALATE", "review:items:0:reason", "NEEDS_SUPERVISOR"));
        assertThat(caseRow(caseId)).containsEntry("status", "ESCALATED").containsEntry("assignee", null);
        long decisionsBefore = database().count("select count(*) from item_decision where case_item_id = ?", item);
        long claimsBefore = audited("case.claimed", String.format("C-%06d", caseId));

        // Act: milo reads it, then posts a claim and a restore as if the buttons were there
        String page = milo.get("/staff/case?id=" + caseId).body();
        milo.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        milo.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "RESTORE", "review:items:0:reason", "NO_VIOLATION"));
        mona.get("/staff/case?id=" + caseId);
        mona.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        milo.get("/staff/");
        HttpResponse<String> next = milo.submit("/staff/", "queue", "queue:takeNext", Map.of());

        // Assert: nothing changed, and the page is read-only for moderators
        assertThat(caseRow(caseId)).containsEntry("status", "ESCALATED").containsEntry("assignee", null);
        assertThat(database().query("select status from case_item where id = ?", item).get(0))
                .containsEntry("status", "ESCALATED");
        assertThat(database().query("select visibility from content_item where platform_content_id = 'f7-photo'")
                .get(0)).containsEntry("visibility", "HIDDEN_PENDING_REVIEW");
        assertThat(database().count("select count(*) from item_decision where case_item_id = ?", item))
                .isEqualTo(decisionsBefore);
        assertThat(audited("case.claimed", String.format("C-%06d", caseId))).isEqualTo(claimsBefore);
        assertThat(next.headers().firstValue("Location").orElse(""))
                .doesNotEndWith("/staff/case?id=" + caseId);
        assertThat(page).contains("id=\"escalated-note\"").contains("A supervisor will decide")
                .doesNotContain("id=\"review:claim\"").doesNotContain("review:items:0:decide");

        // Act: a supervisor takes it and removes the item
        sam.get("/staff/case?id=" + caseId);
        assertThat(sam.lastPage()).contains("id=\"review:claim\"");
        sam.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        assertThat(caseRow(caseId)).containsEntry("assignee", "sam");
        sam.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", "REMOVE", "review:items:0:reason", "OTHER_VIOLATION"));

        // Assert
        assertThat(caseRow(caseId)).containsEntry("status", "CLOSED");
        assertThat(database().query("select visibility from content_item where platform_content_id = 'f7-photo'")
                .get(0)).containsEntry("visibility", "REMOVED");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void assertMediaHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(MEDIA_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    /** Presses every item's reveal button, first to last. */
    private void revealAll(StaffClient reviewer, long caseId) {
        int items = (int) database().count("select count(*) from case_item where case_id = ?", caseId);
        for (int i = 0; i < items; i++) {
            reviewer.get("/staff/case?id=" + caseId);
            reviewer.submit("/staff/case?id=" + caseId, "review", "review:items:" + i + ":reveal", Map.of());
        }
    }

    private Map<String, Object> caseRow(long caseId) {
        return database().query("select status, assignee from case_file where id = ?", caseId).get(0);
    }

    private long audited(String action, String subject) {
        return database().count("select count(*) from audit_event where action = ? and subject = ?", action, subject);
    }

    private void register(String contentId, String mediaType, byte[] bytes) {
        HttpResponse<String> registered = http.postJson("/api/v1/content", "{\"contentId\":\"" + contentId
                + "\",\"url\":\"https://platform.example/p/" + contentId + "\",\"mediaType\":\"" + mediaType
                + "\",\"uploaderId\":\"user-7\",\"bytes\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}",
                "Authorization", "Bearer " + registerKey);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    /** Files one report naming these items and returns its case id. */
    private long report(String... contentIds) {
        String items = java.util.Arrays.stream(contentIds).map(id -> "{\"contentId\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        HttpResponse<String> response = http.postJson("/api/v1/reports",
                "{\"items\":[" + items + "],\"category\":\"other_harmful\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = Http.json(response).getString("reference").replace("-", "");
        return database().count("select case_id from report where reference = ?", reference);
    }

    private long itemOf(String contentId) {
        return database().count("select i.id from case_item i join content_item c on c.id = i.content_id "
                + "where c.platform_content_id = ?", contentId);
    }

    /** An SVG whose script, if it ever ran, would leave a cookie and a stored value behind. */
    private static byte[] svg(String name) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"240\"><script>"
                + "document.cookie='pwned=" + name + "; path=/';try{localStorage.setItem('pwned','" + name
                + "')}catch(e){}</script><rect width=\"320\" height=\"240\" fill=\"#777\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] html(String name) {
        return ("<!doctype html><html><body><script>document.cookie='pwned=" + name + "; path=/';"
                + "try{localStorage.setItem('pwned','" + name + "')}catch(e){}</script><p>hello</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A generated colour picture (gradients), as PNG. */
    private static byte[] picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | ((x + y) % 256));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a picture").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isGrey(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb >> 16 & 0xff) != (rgb & 0xff) || (rgb >> 8 & 0xff) != (rgb & 0xff)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
