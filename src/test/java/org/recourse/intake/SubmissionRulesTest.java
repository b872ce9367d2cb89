package org.recourse.intake;

import org.recourse.platform.validation.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.recourse.intake.LocationInput.contentId;
import static org.recourse.intake.LocationInput.either;
import static org.recourse.intake.LocationInput.url;
import static org.recourse.intake.SubmissionBuilder.aSubmission;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.cases.Category;

@DisplayName("Submission rules")
class SubmissionRulesTest {

    private static List<FieldProblem> check(SubmissionBuilder submission) {
        return SubmissionRules.check(submission.build());
    }

    private static List<LocationInput> urls(int count) {
        return IntStream.range(0, count).mapToObj(i -> url("https://platform.example/media/pic-" + i)).toList();
    }

    @Test
    @DisplayName("a complete report has no problems")
    void validReport() {
        // Arrange
        SubmissionBuilder submission = aSubmission()
                .items(url("https://platform.example/media/pic-1"), contentId("pic-2"), either("pic-3"),
                        either("HTTP://Platform.Example:8080/media/pic-4?x=1#top"))
                .category("child_sexual_imagery")
                .selfReport()
                .details("I saw it twice.\nOnce on Monday,\r\n\tonce today.")
                .contact("me@example.org", true);

        // Act / Assert
        assertThat(check(submission)).isEmpty();
    }

    @Nested
    @DisplayName("items")
    class Items {

        @Test
        @DisplayName("at least one is needed")
        void noItems() {
            // Act
            List<FieldProblem> problems = check(aSubmission().noItems());

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("items", "report.error.items.missing"));
        }

        @Test
        @DisplayName("only blank items count as none")
        void blankItems() {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(url("  "), either(""), contentId(null)));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("items", "report.error.items.missing"));
        }

        @Test
        @DisplayName("a blank item among others is named by its position")
        void blankAmongOthers() {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(url("https://a.example/"), either(" "),
                    url("https://b.example/")));

            // Assert
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("items[1]");
                assertThat(p.messageKey()).isEqualTo("report.error.item.empty");
                assertThat(p.arguments()).first().isEqualTo(2);
            });
        }

        @Test
        @DisplayName("up to 20 are accepted")
        void twentyAccepted() {
            // Act / Assert
            assertThat(check(aSubmission().items(urls(20)))).isEmpty();
        }

        @Test
        @DisplayName("21 are refused, saying the limit and the count")
        void twentyOneRefused() {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(urls(21)));

            // Assert
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("items");
                assertThat(p.messageKey()).isEqualTo("report.error.items.tooMany");
                assertThat(p.arguments()).containsExactly(20, 21);
            });
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {
                "example.org/page",
                "//example.org/page",
                "ftp://example.org/file",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "https://",
                "https:///path-only",
                "https://exa mple.org/",
                "https://example.org/a b",
                "https://example.org/<script>alert(1)</script>",
                "https://example.org/\"onmouseover=\"alert(1)",
                "https://example.org/%zz",
                "http://[::1"
        })
        @DisplayName("a link must be a complete http(s) address")
        void malformedUrl(String text) {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(url("https://ok.example/"), url(text)));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("items[1]", "report.error.item.malformedUrl"));
            assertThat(problems.get(0).arguments()).containsExactly(2, text);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"ftp://example.org/file", "https://example.org/<b>", "mailto://x@example.org"})
        @DisplayName("a form line that starts with a scheme is checked as a link")
        void eitherWithSchemeIsUrl(String text) {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(either(text)));

            // Assert
            assertThat(problems).extracting(FieldProblem::messageKey)
                    .containsExactly("report.error.item.malformedUrl");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"https://example.org/", "HTTPS://EXAMPLE.ORG/A", "http://example.org:8080/x?y=1#z",
                "https://xn--bcher-kva.example/", "https://example.org/a%20b"})
        @DisplayName("a complete web address is accepted")
        void goodUrl(String text) {
            // Act / Assert
            assertThat(check(aSubmission().items(url(text)))).isEmpty();
            assertThat(check(aSubmission().items(either(text)))).isEmpty();
        }

        @Test
        @DisplayName("a link of 2,048 characters is accepted, one longer is refused as too long")
        void urlLength() {
            // Arrange
            String prefix = "https://example.org/";
            String longest = prefix + "a".repeat(SubmissionRules.MAX_URL_LENGTH - prefix.length());

            // Act
            List<FieldProblem> atLimit = check(aSubmission().items(url(longest)));
            List<FieldProblem> overLimit = check(aSubmission().items(url(longest + "a")));

            // Assert
            assertThat(longest).hasSize(2048);
            assertThat(atLimit).isEmpty();
            assertThat(overLimit).singleElement().satisfies(p -> {
                assertThat(p.messageKey()).isEqualTo("report.error.item.urlTooLong");
                assertThat(p.arguments().get(1)).asString().hasSize(60).endsWith("...");
            });
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"pic-1", "a", "user:42:photo.7", "A_b.c-d"})
        @DisplayName("a content id of letters, digits and . _ : - is accepted")
        void goodContentId(String text) {
            // Act / Assert
            assertThat(check(aSubmission().items(contentId(text)))).isEmpty();
            assertThat(check(aSubmission().items(either(text)))).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"-pic", "pic 1", "pic/1", "<script>", "pic#1", "https://example.org/pic-1"})
        @DisplayName("a content id with other symbols is refused as a content id")
        void malformedContentId(String text) {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(contentId(text)));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("items[0]", "report.error.item.malformedContentId"));
        }

        @Test
        @DisplayName("a content id of 201 characters is refused")
        void contentIdTooLong() {
            // Act / Assert
            assertThat(check(aSubmission().items(contentId("a".repeat(200))))).isEmpty();
            assertThat(check(aSubmission().items(contentId("a".repeat(201)))))
                    .extracting(FieldProblem::messageKey).containsExactly("report.error.item.malformedContentId");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"not a link", "www.example.org/page", "<img src=x onerror=alert(1)>", "pic#1"})
        @DisplayName("a form line that is neither link nor content id says so")
        void neitherUrlNorContentId(String text) {
            // Act
            List<FieldProblem> problems = check(aSubmission().items(either(text)));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("items[0]", "report.error.item.malformed"));
        }

        @Test
        @DisplayName("every bad item is named by its own index")
        void everyBadItemNamed() {
            // Arrange
            SubmissionBuilder submission = aSubmission().items(url("https://a.example/"), url("ftp://b.example/"),
                    url("https://c.example/"), contentId("bad id"), either("also bad"));

            // Act
            List<FieldProblem> problems = check(submission);

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::itemIndex)
                    .containsExactly(tuple("items[1]", 1), tuple("items[3]", 3), tuple("items[4]", 4));
            assertThat(problems).extracting(p -> p.arguments().get(0)).containsExactly(2, 4, 5);
        }

        @Test
        @DisplayName("echoes at most 60 characters of a bad item")
        void shortensEcho() {
            // Arrange
            String longBad = "x y".repeat(100);

            // Act
            List<FieldProblem> problems = check(aSubmission().items(either(longBad)));

            // Assert
            assertThat(problems.get(0).arguments().get(1)).isEqualTo(longBad.substring(0, 57) + "...");
        }
    }

    @Nested
    @DisplayName("category")
    class CategoryRules {

        @ParameterizedTest
        @EnumSource(Category.class)
        @DisplayName("every category's code is accepted")
        void knownCodes(Category category) {
            // Act / Assert
            assertThat(check(aSubmission().category(category.code()))).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        @DisplayName("is required")
        void missing(String code) {
            // Act
            List<FieldProblem> problems = check(aSubmission().category(code));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("category", "report.error.category.missing"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"spam", "CHILD_SEXUAL_IMAGERY", "other-harmful"})
        @DisplayName("an unknown code is refused and echoed")
        void unknown(String code) {
            // Act
            List<FieldProblem> problems = check(aSubmission().category(code));

            // Assert
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("category");
                assertThat(p.messageKey()).isEqualTo("report.error.category.unknown");
                assertThat(p.arguments()).containsExactly(code);
            });
        }

        @Test
        @DisplayName("an unknown code is echoed shortened")
        void unknownLongCode() {
            // Act
            List<FieldProblem> problems = check(aSubmission().category("z".repeat(10_000)));

            // Assert
            assertThat(problems.get(0).arguments().get(0)).asString().hasSize(60);
        }
    }

    @Nested
    @DisplayName("details")
    class Details {

        @Test
        @DisplayName("4,000 characters are accepted")
        void atLimit() {
            // Act / Assert
            assertThat(check(aSubmission().details("a".repeat(4000)))).isEmpty();
        }

        @Test
        @DisplayName("a megabyte is refused as too long, saying the limit and the length")
        void megabyte() {
            // Act
            List<FieldProblem> problems = check(aSubmission().details("a".repeat(1_048_576)));

            // Assert
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("details");
                assertThat(p.messageKey()).isEqualTo("report.error.details.tooLong");
                assertThat(p.arguments()).containsExactly(4000, 1_048_576);
            });
        }

        @Test
        @DisplayName("4,001 characters are refused")
        void overLimit() {
            // Act / Assert
            assertThat(check(aSubmission().details("a".repeat(4001))))
                    .extracting(FieldProblem::messageKey).containsExactly("report.error.details.tooLong");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "see </b> here",
                "< script >",
                "<svg/onload=alert(1)>",
                "<!-- hidden -->",
                "<?xml version=\"1.0\"?>",
                "Look: <a href=\"https://evil.example\">here</a>"
        })
        @DisplayName("markup is refused")
        void markup(String details) {
            // Act
            List<FieldProblem> problems = check(aSubmission().details(details));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("details", "report.error.details.markup"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"I <3 you", "a < b", "5 > 3", "a<b", "<<>>", "-> and <-", "x <= 2", "<3 <3 <3"})
        @DisplayName("angle brackets that are not markup are accepted")
        void notMarkup(String details) {
            // Act / Assert
            assertThat(check(aSubmission().details(details))).isEmpty();
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"0000", "0007", "0008", "000B", "000C", "001B", "007F", "0085"})
        @DisplayName("control characters are refused")
        void controlCharacters(String codePoint) {
            // Arrange
            String details = "before" + (char) Integer.parseInt(codePoint, 16) + "after";

            // Act
            List<FieldProblem> problems = check(aSubmission().details(details));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("details", "report.error.details.control"));
        }

        @Test
        @DisplayName("line breaks and tabs are fine")
        void lineBreaksAndTabs() {
            // Act / Assert
            assertThat(check(aSubmission().details("one\ntwo\r\nthree\tfour"))).isEmpty();
        }

        @Test
        @DisplayName("blank details are the same as none")
        void blankDetails() {
            // Act
            ReportSubmission submission = aSubmission().details(" \n\t ").build();

            // Assert
            assertThat(submission.details()).isNull();
            assertThat(SubmissionRules.check(submission)).isEmpty();
        }
    }

    @Nested
    @DisplayName("contact")
    class Contact {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"me@example.org", "first.last+tag@mail.example.co.uk", "x@a-b.example"})
        @DisplayName("an email address with consent is accepted")
        void emailWithConsent(String email) {
            // Act / Assert
            assertThat(check(aSubmission().contact(email, true))).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"me", "me@", "@example.org", "me@example", "me@@example.org", "me @example.org",
                "me@exa mple.org", "<me>@example.org", "me@-example.org", "me@example-.org", "me@example..org",
                "\"me\"@example.org", "me@example.org<script>"})
        @DisplayName("a malformed email address is refused, whatever the consent")
        void malformedEmail(String email) {
            // Act
            List<FieldProblem> withConsent = check(aSubmission().contact(email, true));
            List<FieldProblem> withoutConsent = check(aSubmission().contact(email, false));

            // Assert
            assertThat(withConsent).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("contact.email", "report.error.email.malformed"));
            assertThat(withoutConsent).isEqualTo(withConsent);
        }

        @Test
        @DisplayName("an email address longer than 254 characters is refused")
        void emailTooLong() {
            // Arrange
            String email = "a".repeat(60) + "@" + ("b".repeat(60) + ".").repeat(3) + "example.org";

            // Act
            List<FieldProblem> problems = check(aSubmission().contact(email, true));

            // Assert
            assertThat(email.length()).isGreaterThan(254);
            assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("report.error.email.malformed");
        }

        @Test
        @DisplayName("an email address without consent is refused")
        void emailWithoutConsent() {
            // Act
            List<FieldProblem> problems = check(aSubmission().contact("me@example.org", false));

            // Assert
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("contact.consent", "report.error.email.noConsent"));
        }

        @Test
        @DisplayName("consent without an email address is fine")
        void consentWithoutEmail() {
            // Act / Assert
            assertThat(check(aSubmission().contact(null, true))).isEmpty();
            assertThat(check(aSubmission().contact("   ", true))).isEmpty();
        }
    }

    @Test
    @DisplayName("reports every problem at once, in the order of the form")
    void allProblemsAtOnce() {
        // Arrange
        SubmissionBuilder submission = aSubmission()
                .items(url("https://ok.example/"), url("no-scheme.example/x"))
                .category("spam")
                .details("<script>alert(1)</script>")
                .contact("not-an-email", true);

        // Act
        List<FieldProblem> problems = check(submission);

        // Assert
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("items[1]", "report.error.item.malformedUrl"),
                tuple("category", "report.error.category.unknown"),
                tuple("details", "report.error.details.markup"),
                tuple("contact.email", "report.error.email.malformed"));
    }

    @Test
    @DisplayName("an empty report names the items and the category")
    void emptyReport() {
        // Act
        List<FieldProblem> problems = check(aSubmission().noItems().category(null).contact(null, false));

        // Assert
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("items", "report.error.items.missing"),
                tuple("category", "report.error.category.missing"));
    }
}
