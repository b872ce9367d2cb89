package org.recourse.intake;

import org.recourse.platform.validation.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;

/**
 * The rules every report must meet, whichever way it arrives. Each broken rule becomes a {@link FieldProblem} with
 * a message that says what to change; all of them are found in one pass so the reporter fixes everything at once.
 */
public final class SubmissionRules {

    public static final int MAX_LOCATIONS = 20;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_DETAILS = 4000;
    public static final int MAX_EMAIL = 254;

    /** An HTML or XML tag: a '<' directly followed by a name, e.g. {@code <script>} or {@code </b>}. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^<>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private SubmissionRules() {
    }

    public static List<FieldProblem> check(ReportSubmission submission) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLocations(submission.locations(), problems);
        if (submission.categoryCode() == null || submission.categoryCode().isBlank()) {
            problems.add(FieldProblem.of("category", "report.error.category.missing"));
        } else if (Category.fromCode(submission.categoryCode()).isEmpty()) {
            problems.add(FieldProblem.of("category", "report.error.category.unknown", shorten(submission.categoryCode())));
        }
        checkDetails(submission.details(), problems);
        checkContact(submission, problems);
        RemovalRequestRules.check(submission.removal(), submission.categoryCode(), problems);
        return problems;
    }

    private static void checkLocations(List<LocationInput> locations, List<FieldProblem> problems) {
        if (locations.stream().allMatch(l -> l.text().isEmpty())) {
            problems.add(FieldProblem.of("items", "report.error.items.missing"));
            return;
        }
        if (locations.size() > MAX_LOCATIONS) {
            problems.add(FieldProblem.of("items", "report.error.items.tooMany", MAX_LOCATIONS, locations.size()));
            return;
        }
        for (int i = 0; i < locations.size(); i++) {
            String problem = problemWith(locations.get(i));
            if (problem != null) {
                problems.add(FieldProblem.of("items[" + i + "]", problem, i + 1, shorten(locations.get(i).text())));
            }
        }
    }

    /** The message key of what is wrong with one location, or null when it is fine. */
    static String problemWith(LocationInput location) {
        String text = location.text();
        if (text.isEmpty()) {
            return "report.error.item.empty";
        }
        if (location.looksLikeUrl()) {
            if (text.length() > MAX_URL_LENGTH) {
                return "report.error.item.urlTooLong";
            }
            return isWebAddress(text) ? null : "report.error.item.malformedUrl";
        }
        if (location.kind() == LocationInput.Kind.CONTENT_ID) {
            return ContentItem.PLATFORM_ID.matcher(text).matches() ? null : "report.error.item.malformedContentId";
        }
        return ContentItem.PLATFORM_ID.matcher(text).matches() ? null : "report.error.item.malformed";
    }

    static boolean isWebAddress(String text) {
        if (MARKUP.matcher(text).find() || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && WebAddresses.host(uri).isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkDetails(String details, List<FieldProblem> problems) {
        if (details == null) {
            return;
        }
        if (details.length() > MAX_DETAILS) {
            problems.add(FieldProblem.of("details", "report.error.details.tooLong", MAX_DETAILS, details.length()));
        } else if (MARKUP.matcher(details).find()) {
            problems.add(FieldProblem.of("details", "report.error.details.markup"));
        } else if (CONTROL.matcher(details).find()) {
            problems.add(FieldProblem.of("details", "report.error.details.control"));
        }
    }

    private static void checkContact(ReportSubmission submission, List<FieldProblem> problems) {
        String email = submission.contactEmail();
        if (email == null) {
            return;
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("contact.email", "report.error.email.malformed"));
        } else if (!submission.contactConsent()) {
            problems.add(FieldProblem.of("contact.consent", "report.error.email.noConsent"));
        }
    }

    /** What we echo back of a bad value: enough to recognise it, never a whole megabyte. */
    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
