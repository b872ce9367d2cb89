package org.recourse.platform.web;

import java.util.List;

/**
 * How large a request body each address takes, and whether it may be multipart. Each limit is far above the largest
 * valid request of that address and far below what would tie up a node; a resource may check a smaller limit of its
 * own. Only the bank import takes files (and its scripted twin a list as the body itself), and the stop-mail address the multipart form RFC 8058 says mail programs
 * should use for one-click unsubscribe (a few bytes).
 */
public final class BodyLimits {

    /** What one address takes. */
    public record Limit(long maxBytes, boolean multipart) {
    }

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    /** Public pages' forms: a reference, some hashes, a language switch. */
    static final Limit PUBLIC_FORM = new Limit(64 * KB, false);

    /**
     * Most specific first: a page (an exact path, with or without .xhtml) or a folder of addresses (a prefix). The
     * report form's limit fits 20 addresses of 2,048 characters and 4,000 of details, every character encoded.
     */
    private static final List<Rule> RULES = List.of(
            Rule.folder("/api/v1/content", new Limit(24 * MB, false)),
            Rule.folder("/api/v1/screen", new Limit(24 * MB, false)),
            Rule.folder("/api/v1/reports", new Limit(2 * MB, false)),
            // A partner's signal file (issue 17 §5), as the body of the admin API or a file on the admin page.
            Rule.folder("/api/v1/admin/partners", new Limit(17 * MB, false)),
            Rule.folder("/api", new Limit(1 * MB, false)),
            Rule.page("/staff/supervise/banks", new Limit(22 * MB, true)),
            // A hash list sent by a script as the body itself (BankImportServlet), as large as the page's file.
            Rule.page("/staff/supervise/banks/import", new Limit(20 * MB, false)),
            Rule.page("/staff/admin/partners", new Limit(17 * MB, true)),
            Rule.folder("/staff", new Limit(2 * MB, false)),
            Rule.folder("/demo/webhooks", new Limit(64 * KB, false)),
            Rule.page("/contact/stop", new Limit(16 * KB, true)),
            Rule.page("/report", new Limit(512 * KB, false)),
            // A video's vPDQ lines from the survivor's browser: 3,600 of about 91 bytes URL-encoded, some 330 KB.
            Rule.page("/hash", new Limit(512 * KB, false)));

    private record Rule(String path, boolean folder, Limit limit) {

        static Rule page(String path, Limit limit) {
            return new Rule(path, false, limit);
        }

        static Rule folder(String path, Limit limit) {
            return new Rule(path, true, limit);
        }

        boolean matches(String requested) {
            if (folder) {
                return requested.equals(path) || requested.startsWith(path + "/");
            }
            return requested.equals(path) || requested.equals(path + ".xhtml");
        }
    }

    private BodyLimits() {
    }

    /** The limit for a path inside the application (as the container decoded and normalised it). */
    public static Limit forPath(String path) {
        return RULES.stream().filter(rule -> rule.matches(path)).map(Rule::limit).findFirst().orElse(PUBLIC_FORM);
    }
}
