package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.testing.Deployments;
import org.recourse.testing.Http;
import org.recourse.testing.MailServer;
import org.recourse.testing.Poll;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Reporters coming back, from outside, against a real Payara Micro and a real SMTP server: the status by page and by
 * API in every state and in both languages, answers that cannot tell references apart, slowed failures, and mail
 * only with consent (in the reporter's language, never describing the content) with its "stop" link.
 *
 * <p>The portal trusts X-Forwarded-For here, so each test is a client of its own and one test's failed look-ups
 * never slow another's.
 */
@ExtendWith(ArquillianExtension.class)
abstract class FollowUpContract {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ADMIN_PASSWORD = "first portal password 42";
    private static final Pattern STOP_LINK = Pattern.compile("(https?://\\S+/contact/stop\\?t=[A-Za-z0-9_%-]+)");
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);
    /** The admin's session, signed in once per portal (a second sign-in within 30 s would reuse a code). */
    private static StaffClient admin;
    private static URL adminOf;

    @ArquillianResource
    URL base;

    Http http;
    String client;

    abstract TestDatabase database();

    abstract MailServer mail();

    static WebArchive deployment(Map<String, String> database, MailServer mail) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("recourse.jobs.outbox-interval", "PT1S");
        settings.put("recourse.mail.smtp.host", "127.0.0.1");
        settings.put("recourse.mail.smtp.port", Integer.toString(mail.port()));
        settings.put("recourse.mail.smtp.starttls", "false");
        settings.put("recourse.mail.from", "Recourse <no-reply@recourse.test>");
        settings.put("recourse.public-url", "https://portal.recourse.test");
        settings.put("recourse.admin.password", ADMIN_PASSWORD);
        settings.put("recourse.staff.password-iterations", "1000");
        // Every peer is a trusted proxy: the test itself plays the proxy, reaching the portal by any address.
        settings.put("recourse.http.trusted-proxies", "0.0.0.0/0, ::/0");
        settings.put("recourse.lookup.free-failures", "2");
        settings.put("recourse.lookup.first-delay", "PT1.5S");
        settings.put("recourse.lookup.max-delay", "PT3S");
        settings.put("recourse.onion-url", "http://recourseexampleonionaddress.onion");
        return Deployments.recourse(settings);
    }

    @BeforeEach
    void arrange() throws Exception {
        http = new Http(base.toURI());
        client = "198.51.100." + CLIENTS.incrementAndGet();
        mail().start();
    }

    private synchronized StaffClient admin() {
        if (admin == null || !base.equals(adminOf)) {
            admin = new StaffClient(URI.create(base.toString()));
            admin.firstSignIn("admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
            adminOf = base;
        }
        return admin;
    }

    /** Files a report by API in a language and returns its reference as shown. */
    String report(String contentId, String category, String language, String email) {
        String contact = email == null ? "" : ",\"contact\":{\"email\":\"" + email + "\",\"consent\":true}";
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"" + category + "\",\"details\":\"Secret words nobody else may read\"" + contact
                + "}", "Accept-Language", language, "X-Forwarded-For", client);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("reference");
    }

    long caseOf(String reference) {
        return database().count("select case_id from report where reference = ?", reference.replace("-", ""));
    }

    /** The admin (a supervisor too) takes the case if nobody holds it, then decides its first item. */
    void decide(String reference, String decision, String reason) {
        long caseId = caseOf(reference);
        StaffClient staff = admin();
        staff.get("/staff/case?id=" + caseId);
        if (staff.lastPage().contains("name=\"review:claim\"")) {
            staff.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        }
        staff.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide", Map.of(
                "review:items:0:decision", decision, "review:items:0:reason", reason));
        assertThat(staff.lastPage()).doesNotContain("class=\"error-summary\" id=\"review-error\"");
    }

    HttpResponse<String> apiStatus(String reference, String language) {
        return http.get("/api/v1/reports/" + reference, "Accept-Language", language, "X-Forwarded-For", client);
    }

    /** The status page after looking up a reference, as a browser without JavaScript would post it. */
    HttpResponse<String> pageStatus(String reference, String language) {
        return http.postForm("/status" + (language == null ? "" : "?lang=" + language), Map.of("status", "status",
                "reference", reference, "lookUp", "x", "jakarta.faces.ViewState", "stateless"),
                "X-Forwarded-For", client);
    }

    private static List<String> events(HttpResponse<String> page) {
        Matcher matcher = Pattern.compile("data-event=\"([a-z_]+)\"").matcher(page.body());
        List<String> events = new java.util.ArrayList<>();
        while (matcher.find()) {
            events.add(matcher.group(1));
        }
        return events;
    }

    private static String stage(HttpResponse<String> page) {
        Matcher matcher = Pattern.compile("data-stage=\"([a-z_]+)\"").matcher(page.body());
        return matcher.find() ? matcher.group(1) : null;
    }

    private void assertStatus(String reference, String stage, List<String> events, String englishWords,
            String frenchWords) {
        HttpResponse<String> english = apiStatus(reference, "en");
        HttpResponse<String> french = apiStatus(reference, "fr-CA");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(Http.json(english).getString("status")).isEqualTo(stage);
        assertThat(Http.json(english).getJsonArray("timeline").stream()
                .map(e -> e.asJsonObject().getString("event")).toList()).isEqualTo(events);
        assertThat(english.body()).contains(englishWords);
        assertThat(french.body()).contains(frenchWords);
        HttpResponse<String> page = pageStatus(reference, "en");
        HttpResponse<String> pageFr = pageStatus(reference, "fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(stage(page)).isEqualTo(stage);
        assertThat(events(page)).isEqualTo(events);
        assertThat(page.body()).contains(englishWords).contains("lang=\"en\"");
        assertThat(pageFr.body()).contains(frenchWords).contains("lang=\"fr-CA\"");
        for (HttpResponse<String> answer : List.of(english, french, page, pageFr)) {
            assertThat(answer.body()).doesNotContain("Secret words", "/media/", "demo-");
        }
    }

    @Test
    @DisplayName("status by page and API, in English and French, through received, review, senior review and removal")
    void statusThroughRemoval() {
        // Arrange
        String reference = report("demo-01", "other_harmful", "en", null);

        // Act / Assert: received
        assertStatus(reference, "received", List.of("received", "hidden"), "We received your report.",
                "Nous avons reçu votre signalement.");

        // Act / Assert: a reviewer takes it and hands it to a senior reviewer
        decide(reference, "ESCALATE", "UNSURE");
        assertStatus(reference, "in_review", List.of("received", "hidden", "review_started", "with_supervisor"),
                "A senior member of our team is now looking at it.", "Une personne plus expérimentée");

        // Act / Assert: removed
        decide(reference, "REMOVE", "OTHER_VIOLATION");
        assertStatus(reference, "decided", List.of("received", "hidden", "review_started", "removed"),
                "the content was removed from the platform for good", "le contenu a été retiré de la plateforme");
        assertThat(Http.json(apiStatus(reference, "en")).getString("decidedAt")).isNotBlank();
    }

    @Test
    @DisplayName("status after a restore offers another look; after a referral says who has it")
    void statusRestoredAndReferred() {
        // Arrange
        String restored = report("demo-02", "other_harmful", "en", null);
        String referred = report("demo-04", "other_harmful", "en", null);

        // Act
        decide(restored, "RESTORE", "NO_VIOLATION");
        decide(referred, "REFER", "HOTLINE");

        // Assert
        assertStatus(restored, "decided", List.of("received", "hidden", "review_started", "restored"),
                "If you think this decision is wrong", "Si vous pensez que cette décision est une erreur");
        assertStatus(referred, "decided", List.of("received", "hidden", "review_started", "referred"),
                "a hotline or the police", "une centrale de signalement ou à la police");
    }

    @Test
    @DisplayName("an unknown reference and a well-formed wrong one get the very same answer, by API and by page")
    void unknownAndWrongAnswerAlike() {
        // Arrange: a real reference with one symbol changed and its check symbol made right again, and another
        String real = report("demo-05", "other_harmful", "en", null).replace("-", "");
        String wrong = withValidCheck(real.substring(0, 14) + (real.charAt(14) == '0' ? '1' : '0'));
        String unknown = withValidCheck("000000000000000");

        // Act
        HttpResponse<String> apiWrong = apiStatus(wrong, "en");
        HttpResponse<String> apiUnknown = apiStatus(unknown, "en");
        HttpResponse<String> pageWrong = pageStatus(wrong, "en");
        HttpResponse<String> pageUnknown = pageStatus(unknown, "en");

        // Assert
        assertThat(apiWrong.statusCode()).isEqualTo(404).isEqualTo(apiUnknown.statusCode());
        assertThat(apiWrong.body()).isEqualTo(apiUnknown.body()).contains("We could not find a report");
        assertThat(apiWrong.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(pageWrong.statusCode()).isEqualTo(pageUnknown.statusCode()).isEqualTo(200);
        assertThat(pageWrong.body()).isEqualTo(pageUnknown.body()).contains("id=\"not-found\"")
                .doesNotContain(wrong, unknown);
    }

    @Test
    @DisplayName("a typo caught by the check symbol is named as such, on the page and by the API")
    void typoIsNamed() {
        // Arrange
        String real = report("demo-07", "other_harmful", "en", null);
        String typo = real.substring(0, real.length() - 1) + (real.endsWith("0") ? "1" : "0");

        // Act
        HttpResponse<String> api = apiStatus(typo, "en");
        HttpResponse<String> page = pageStatus(typo, "fr");

        // Assert
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(Http.json(api).getString("detail")).contains("seems to be mistyped");
        assertThat(page.body()).contains("id=\"error-summary\"", "href=\"#reference\"", "semble mal saisi")
                .doesNotContain("id=\"not-found\"");
        assertThat(pageStatus(real.toLowerCase(Locale.ROOT).replace("0", "o").replace("-", " "), "en").body())
                .as("any case, spaces, O for 0").contains("data-stage=\"received\"");
    }

    @Test
    @DisplayName("failed look-ups from one client are slowed, others are not")
    void failuresAreSlowed() {
        // Arrange: the free failures
        String unknown = withValidCheck("ZZZZ00000000000");
        apiStatus(unknown, "en");
        apiStatus(unknown, "en");

        // Act
        long started = System.nanoTime();
        HttpResponse<String> slowed = apiStatus(unknown, "en");
        Duration slowedTook = Duration.ofNanos(System.nanoTime() - started);
        client = "198.51.100.250";
        started = System.nanoTime();
        HttpResponse<String> other = apiStatus(unknown, "en");
        Duration otherTook = Duration.ofNanos(System.nanoTime() - started);

        // Assert
        assertThat(slowed.statusCode()).isEqualTo(404);
        assertThat(slowedTook).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(otherTook).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    @DisplayName("with consent, mail in the reporter's language: the reference, then the decision, never the content")
    void consentedMailInFrench() {
        // Arrange / Act
        String email = "survivante-" + System.nanoTime() + "@recourse.test";
        String reference = report("demo-08", "survivor_adult_image", "fr-CA", email);

        // Assert: the reference arrives, in French, with a stop link
        MailServer.Mail received = Poll.until(PATIENCE, () -> mail().to(email), found -> !found.isEmpty(),
                "the confirmation mail").get(0);
        assertThat(received.subject()).isEqualTo("Votre numéro de référence");
        assertThat(received.body()).startsWith("Bonjour,").contains("Votre numéro de référence est : " + reference,
                "https://portal.recourse.test/status", "https://portal.recourse.test/contact/stop?t=");
        assertThat(received.listUnsubscribe()).startsWith("<https://portal.recourse.test/contact/stop?t=");
        assertNothingAboutTheContent(received);
        assertThat(database().count("select count(*) from outbox_message where recipient = ?", email))
                .as("a sent reporter mail keeps no address").isZero();

        // Act: the decision
        decide(reference, "REMOVE", "SURVIVOR_IMAGE");

        // Assert
        MailServer.Mail decided = Poll.until(PATIENCE, () -> mail().to(email), found -> found.size() >= 2,
                "the decision mail").get(1);
        assertThat(decided.subject()).isEqualTo("Une décision sur votre signalement");
        assertThat(decided.body()).contains(reference, "le contenu a été retiré de la plateforme");
        assertNothingAboutTheContent(decided);
    }

    private static void assertNothingAboutTheContent(MailServer.Mail mail) {
        assertThat(mail.subject() + mail.body()).doesNotContain("Secret words", "/media/", "demo-", "adulte", "adult");
    }

    @Test
    @DisplayName("without consent, no mail at all; the stop link deletes the address at once, asking first")
    void stopLinkDeletesTheAddress() {
        // Arrange
        String quiet = report("demo-09", "other_harmful", "en", null);
        String email = "reporter-" + System.nanoTime() + "@recourse.test";
        String reference = report("demo-10", "other_harmful", "en", email);
        MailServer.Mail received = Poll.until(PATIENCE, () -> mail().to(email), found -> !found.isEmpty(),
                "the confirmation mail").get(0);
        Matcher link = STOP_LINK.matcher(received.body());
        assertThat(link.find()).isTrue();
        String path = URI.create(link.group(1)).getRawPath() + "?" + URI.create(link.group(1)).getRawQuery();

        // Act: opening the link only asks
        HttpResponse<String> asked = http.get(path);

        // Assert
        assertThat(asked.body()).contains("Stop emails and delete my address");
        assertThat(database().count("select count(*) from report where contact_email = ?", email)).isEqualTo(1);

        // Act: the reporter confirms
        HttpResponse<String> stopped = http.postForm(path, Map.of("confirm", "yes"));

        // Assert
        assertThat(stopped.body()).contains("id=\"stopped\"", "Your email address has been deleted");
        assertThat(database().count("select count(*) from report where contact_email = ?", email)).isZero();
        assertThat(database().count("select count(*) from report where reference = ? and contact_email is null",
                reference.replace("-", ""))).isEqualTo(1);
        assertThat(http.postForm(path, Map.of("confirm", "yes")).body()).contains("id=\"invalid\"");

        // Act / Assert: a decision now writes to nobody
        decide(reference, "REMOVE", "OTHER_VIOLATION");
        Poll.holdsFor(Duration.ofSeconds(3), () -> mail().to(email).size(), count -> count == 1,
                "no mail after withdrawal");
        assertThat(mail().mentioning(quiet)).as("no consent, no mail").isEmpty();
    }

    @Test
    @DisplayName("the language link switches and is remembered by a cookie holding only the language")
    void languageIsRemembered() {
        // Act
        HttpResponse<String> switched = http.get("/report?content=demo-03&lang=fr");

        // Assert
        assertThat(switched.body()).contains("lang=\"fr-CA\"", "Signaler un contenu",
                "href=\"/report?content=demo-03&amp;lang=en\"");
        assertThat(switched.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("recourse-lang=fr-CA;").contains("HttpOnly").doesNotContain("JSESSIONID");
        assertThat(http.get("/gallery", "Cookie", "recourse-lang=fr-CA").body()).contains("lang=\"fr-CA\"");
        assertThat(http.get("/gallery", "Accept-Language", "fr-CA,fr;q=0.9").body()).contains("lang=\"fr-CA\"");
        assertThat(http.get("/gallery").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(http.get("/gallery").headers().firstValue("Onion-Location"))
                .hasValue("http://recourseexampleonionaddress.onion/gallery");
    }

    /** A reference with these 15 data symbols and the check symbol that makes it valid. */
    static String withValidCheck(String data) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int sum = 0;
        int factor = 2;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * alphabet.indexOf(data.charAt(i));
            sum += addend / 32 + addend % 32;
            factor = factor == 2 ? 1 : 2;
        }
        return data + alphabet.charAt((32 - sum % 32) % 32);
    }
}
