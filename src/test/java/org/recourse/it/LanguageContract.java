package org.recourse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.Http;
import org.recourse.testing.PageWords;
import org.recourse.testing.SignedInAdmins;
import org.recourse.testing.StaffClient;
import org.recourse.testing.TestDatabase;

/**
 * Every word in both languages (issue 16 §3), judged on the pages as served: the portal is given reports in each
 * state, then every public page and every staff page an admin, a LEGAL member and a new account reach is crawled
 * (links followed, forms of the status page posted) in French and in English. A French page must hold no English
 * message of the bundle; no page may show a raw enum name; every page must say its own language in {@code <html
 * lang>}; and every page of the WAR must have been seen, so a page nobody links to cannot escape the check. Runs in
 * {@link AccessibilityIT}'s deployment (a nested class there), so it costs no Payara Micro of its own.
 */
abstract class LanguageContract {

    private static final String ADMIN_PASSWORD = "first portal password 42";
    private static final String LEGAL_PASSWORD = "counsel keeps the chain of custody 9";
    private static final int MAX_PAGES = 160;
    private static final int MAX_QUERIES_PER_PATH = 3;
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([a-z0-9-]+)<");
    /** Paths that are not pages: API, media, machine documents, downloads, signing out, and the test's own doors. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/media/", "/staff/media/", "/openapi", "/metrics",
            "/health", "/staff/logout", "/test-only/", "/resources/", "/jakarta.faces.resource/", "/staff/export",
            "/transparency.csv", "/transparency.json");
    private static Map<String, String> references;
    /** The cases of those reports, open and closed, each crawled from its own page. */
    private static final List<String> CASE_PAGES = new ArrayList<>();
    /** The first admin, set up once (password and authenticator) by {@link #references()}. */
    private static StaffClient admin;
    private static int clients = 0;

    URL base;

    /** The portal under test: the enclosing test class's deployment, with the settings {@link #SETTINGS} names. */
    abstract URL portal();

    /** Its database, to find a report's case. */
    abstract TestDatabase database();

    /** What the deployment must set for this contract (first admin's password, trusted proxy, a vault key). */
    static final Map<String, String> SETTINGS = Map.of("recourse.admin.password", ADMIN_PASSWORD,
            "recourse.staff.password-iterations", "1000", "recourse.http.trusted-proxies", "0.0.0.0/0, ::/0",
            "recourse.vault.key", "dGVzdHMtb25seS12YXVsdC1rZXktMzItYnl0ZXMhISE=");

    @BeforeEach
    void connect() {
        base = portal();
    }

    @Test
    @DisplayName("French pages: no English of the bundle, no raw enum name, lang=fr, every page seen")
    void french() {
        assertSpeaks("fr");
    }

    @Test
    @DisplayName("English pages: no raw enum name, lang=en, every page seen")
    void english() {
        assertSpeaks("en");
    }

    private void assertSpeaks(String language) {
        // Arrange
        Map<String, String> made = references();
        PageWords words = PageWords.ofThePortal();
        Map<String, String> pages = new LinkedHashMap<>();

        // Act
        crawlPublic(language, made, pages);
        crawlStaff(language, pages);

        // Assert
        List<String> problems = new ArrayList<>();
        pages.forEach((where, html) -> {
            Document page = Jsoup.parse(html);
            String lang = page.select("html").attr("lang");
            if (!lang.startsWith(language)) {
                problems.add(where + ": <html lang=\"" + lang + "\">, expected " + language);
            }
            if (language.equals("fr")) {
                words.englishIn(html).forEach(english -> problems.add(where + ": English \"" + english + "\""));
                words.englishWordsIn(html).forEach(english -> problems.add(where + ": English words \"" + english
                        + "\""));
            }
            words.enumNamesIn(html).forEach(name -> problems.add(where + ": raw name " + name));
        });
        unseen(pages.keySet()).forEach(page -> problems.add(page + ": never reached by the crawl"));
        assertThat(problems).as("%d pages in %s, %d problems:%n%s%n%nPages:%n%s", pages.size(), language,
                problems.size(), String.join("\n", problems), String.join("\n", pages.keySet())).isEmpty();
    }

    /** The public pages: each seed, the report form with errors, a filed report's confirmation, each status. */
    private void crawlPublic(String language, Map<String, String> made, Map<String, String> pages) {
        StaffClient visitor = new StaffClient(URI.create(base.toString()), "198.51.100." + (++clients));
        visitor.get("/?lang=" + language);
        crawl(visitor, List.of("/", "/gallery", "/report", "/status", "/hash", "/transparency", "/contact/stop",
                "/no-such-page"), pages, "public");
        visitor.get("/report");
        visitor.submit("/report", "report", "send", Map.of());
        pages.put("public POST /report (with errors)", visitor.lastPage());
        visitor.get("/report");
        HttpResponse<String> sent = visitor.submit("/report", "report", "send",
                Map.of("locations", "demo-09", "category", "other_harmful"));
        visitor.follow(sent);
        assertThat(visitor.lastPage()).as("the report was received").contains("id=\"reference\"");
        pages.put("public /confirmation", visitor.lastPage());
        made.forEach((state, reference) -> {
            visitor.get("/status");
            visitor.submit("/status", "status", "lookUp", Map.of("reference", reference));
            pages.put("public POST /status (" + state + ")", visitor.lastPage());
        });
    }

    /** The staff pages an admin reaches, a LEGAL member's pages, and a new account's set-up page. */
    private void crawlStaff(String language, Map<String, String> pages) {
        StaffClient stranger = new StaffClient(URI.create(base.toString()));
        stranger.get("/staff/login?lang=" + language);
        pages.put("staff /staff/login", stranger.lastPage());
        admin.get("/staff/?lang=" + language);
        List<String> seeds = new ArrayList<>(CASE_PAGES);
        seeds.addAll(List.of("/staff/", "/staff/dashboard", "/staff/appeals", "/staff/admin/accounts",
                "/staff/admin/audit", "/staff/admin/clients", "/staff/admin/dsa", "/staff/admin/hotline",
                "/staff/admin/outbox", "/staff/admin/phrases", "/staff/admin/webhooks", "/staff/supervise/banks",
                "/staff/supervise/bans", "/staff/supervise/outside", "/staff/supervise/sweeps"));
        crawl(admin, seeds, pages, "admin");

        String legalOneTime = createAccount(admin, "lena-" + language, "LEGAL");
        StaffClient legal = new StaffClient(URI.create(base.toString()));
        legal.get("/staff/login?lang=" + language);
        legal.firstSignIn("lena-" + language, legalOneTime, LEGAL_PASSWORD);
        legal.get("/staff/?lang=" + language);
        crawl(legal, List.of("/staff/legal/records", "/staff/legal/holds"), pages, "legal");

        String newOneTime = createAccount(admin, "nico-" + language, "MODERATOR");
        StaffClient newcomer = new StaffClient(URI.create(base.toString()));
        newcomer.get("/staff/login?lang=" + language);
        newcomer.signIn("nico-" + language, newOneTime);
        newcomer.get("/staff/setup/");
        pages.put("newcomer /staff/setup/", newcomer.lastPage());
    }

    private static String createAccount(StaffClient admin, String username, String role) {
        admin.get("/staff/admin/accounts");
        admin.submit("/staff/admin/accounts", "accounts", "accounts:create", Map.of("accounts:newUsername", username,
                "accounts:newName", username, "accounts:newEmail", username + "@platform.example",
                "accounts:newRole", role));
        Matcher password = ONE_TIME.matcher(admin.lastPage());
        assertThat(password.find()).as("one-time password of " + username).isTrue();
        return password.group(1);
    }

    /** Breadth first from the seeds along same-site links, a few variants of each path's query at most. */
    private static void crawl(StaffClient client, List<String> seeds, Map<String, String> pages, String who) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        Map<String, Integer> queriesPerPath = new HashMap<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES) {
            String target = queue.removeFirst();
            HttpResponse<String> response = client.get(target);
            fetched++;
            String type = response.headers().firstValue("Content-Type").orElse("");
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 == 3 && location != null) {
                String next = sameSitePage(URI.create(location).getRawPath()
                        + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
                if (next != null && seen.add(next)) {
                    queue.addLast(next);
                }
                continue;
            }
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages.put(who + " " + target + (response.statusCode() == 200 ? "" : " (" + response.statusCode() + ")"),
                    response.body());
            for (Element link : Jsoup.parse(response.body()).select("a[href]")) {
                String next = sameSitePage(link.attr("href"));
                if (next == null || !seen.add(next)) {
                    continue;
                }
                String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
                if (next.contains("?") && queriesPerPath.merge(path, 1, Integer::sum) > MAX_QUERIES_PER_PATH) {
                    continue;
                }
                queue.addLast(next);
            }
        }
    }

    /** A link to a page of this site, as a path with its query; null for anything else. */
    static String sameSitePage(String href) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")
                || href.startsWith("javascript:") || href.startsWith("data:")) {
            return null;
        }
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (!path.startsWith("/") || path.contains("lang=") || path.contains("download") || path.contains("export")) {
            return null;
        }
        for (String notPage : NOT_PAGES) {
            if (path.startsWith(notPage)) {
                return null;
            }
        }
        return path;
    }

    /** The pages of the WAR (src/main/webapp, outside templates and includes) that no fetched address served. */
    private static Set<String> unseen(Set<String> fetched) {
        Set<String> served = new TreeSet<>();
        for (String where : fetched) {
            String[] parts = where.split(" ");
            if (parts.length < 2) {
                continue;
            }
            String path = parts[1].contains("?") ? parts[1].substring(0, parts[1].indexOf('?')) : parts[1];
            served.add(path.endsWith("/") ? path + "index" : path);
        }
        Set<String> missing = new TreeSet<>();
        Path webapp = Path.of("src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> page.endsWith(".xhtml") && !page.startsWith("/WEB-INF/")
                            && !page.startsWith("/resources/"))
                    .map(page -> page.substring(0, page.length() - ".xhtml".length()))
                    .filter(page -> !served.contains(page) && !NEEDS_STATE.contains(page))
                    .forEach(missing::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** Pages only reachable with state this test does not make, each with the test that looks at it instead. */
    private static final Set<String> NEEDS_STATE = Set.of(
            "/staff/legal/record");   // a sealed record, with its chain of custody: LegalContract and its pages test

    /** Reports in each state a reporter may find them in: filed by API, decided by the admin. */
    private synchronized Map<String, String> references() {
        if (references == null) {
            Http http = new Http(URI.create(base.toString()));
            admin = SignedInAdmins.of(base, ADMIN_PASSWORD);
            Map<String, String> made = new LinkedHashMap<>();
            made.put("received", file(http, "demo-01"));
            made.put("in review", file(http, "demo-02"));
            made.put("escalated", file(http, "demo-03"));
            made.put("removed", file(http, "demo-04"));
            made.put("restored", file(http, "demo-05"));
            made.put("referred", file(http, "demo-06"));
            decide(admin, made.get("in review"), null);
            decide(admin, made.get("escalated"), "ESCALATE:UNSURE");
            decide(admin, made.get("removed"), "REMOVE:OTHER_VIOLATION");
            decide(admin, made.get("restored"), "RESTORE:NO_VIOLATION");
            decide(admin, made.get("referred"), "REFER:HOTLINE");
            references = made;
        }
        return references;
    }

    private static String file(Http http, String contentId) {
        HttpResponse<String> response = http.postJson("/api/v1/reports", "{\"items\":[{\"contentId\":\"" + contentId
                + "\"}],\"category\":\"other_harmful\"}", "X-Forwarded-For", "203.0.113." + (++clients));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).getString("reference");
    }

    private void decide(StaffClient admin, String reference, String decision) {
        long caseId = database()
                .count("select case_id from report where reference = ?", reference.replace("-", ""));
        CASE_PAGES.add("/staff/case?id=" + caseId);
        admin.get("/staff/case?id=" + caseId);
        admin.submit("/staff/case?id=" + caseId, "review", "review:claim", Map.of());
        if (decision != null) {
            String[] parts = decision.split(":");
            admin.submit("/staff/case?id=" + caseId, "review", "review:items:0:decide",
                    Map.of("review:items:0:decision", parts[0], "review:items:0:reason", parts[1]));
        }
    }
}
