package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.intake.SubmissionBuilder.aSubmission;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("A valid removal request (TAKE IT DOWN Act): its rules, every problem at once")
class RemovalRequestRulesTest {

    private static final RemovalRequest VALID = new RemovalRequest("Camille Tremblay", "camille@example.org", false,
            true);

    private static List<String> keys(RemovalRequest request, String category) {
        return SubmissionRules.check(aSubmission().category(category).build().withRemovalRequest(request)).stream()
                .map(p -> p.field() + "=" + p.messageKey()).toList();
    }

    @Test
    @DisplayName("a complete request on an intimate image passes")
    void validPasses() {
        // Act
        List<String> problems = keys(VALID, "non_consensual_intimate_image");

        // Assert
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("an anonymous report without a request is untouched by these rules")
    void noRequestNoRules() {
        // Act
        List<FieldProblem> problems = SubmissionRules.check(aSubmission().category("survivor_harassment").build());

        // Assert
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("an empty request names every missing part at once")
    void everythingMissing() {
        // Act
        List<String> problems = keys(new RemovalRequest("  ", null, null, false), "survivor_adult_image");

        // Assert
        assertThat(problems).containsExactly(
                "removal.signature=removal.error.signature.missing",
                "removal.email=removal.error.email.missing",
                "removal.actingFor=removal.error.actingFor.missing",
                "removal.goodFaith=removal.error.goodFaith.missing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "survivor_personal_information",
        "survivor_harassment",
        "other_harmful"})
    @DisplayName("is refused for a category that is not about an intimate image")
    void notAnImage(String category) {
        // Act
        List<String> problems = keys(VALID, category);

        // Assert
        assertThat(problems).containsExactly("category=removal.error.category");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"<script>alert(1)</script>", "Camille\u0000Tremblay", "Cam\u202Eille", "x>y"})
    @DisplayName("a signature with markup, control or invisible formatting characters is refused")
    void hostileSignature(String signature) {
        // Act
        List<String> problems = keys(new RemovalRequest(signature, "a@example.org", true, true), "survivor_adult_image");

        // Assert
        assertThat(problems).containsExactly("removal.signature=removal.error.signature.characters");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1", "12345", "--", "J"})
    @DisplayName("a signature that cannot be a typed name is refused")
    void notAName(String signature) {
        // Act
        List<String> problems = keys(new RemovalRequest(signature, "a@example.org", true, true), "survivor_adult_image");

        // Assert
        assertThat(problems).containsExactly("removal.signature=removal.error.signature.notAName");
    }

    @Test
    @DisplayName("a signature longer than 200 characters is refused with its length, not stored")
    void tooLong() {
        // Act
        List<FieldProblem> problems = SubmissionRules.check(aSubmission().build()
                .withRemovalRequest(new RemovalRequest("A".repeat(100_000), "a@example.org", false, true)));

        // Assert
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("removal.error.signature.tooLong");
            assertThat(p.arguments()).containsExactly(200, 100_000);
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"not-an-address", "a@b", "<a@example.org>", "a@example.org\r\nBcc: x@example.org"})
    @DisplayName("a malformed or header-injecting email address is refused")
    void badEmail(String email) {
        // Act
        List<String> problems = keys(new RemovalRequest("Camille Tremblay", email, false, true), "survivor_adult_image");

        // Assert
        assertThat(problems).containsExactly("removal.email=report.error.email.malformed");
    }

    @Test
    @DisplayName("a request's problems come with the report's own, all at once")
    void withTheReportsProblems() {
        // Act
        List<FieldProblem> problems = SubmissionRules.check(aSubmission().noItems().category("other_harmful").build()
                .withRemovalRequest(new RemovalRequest(null, null, true, true)));

        // Assert
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("items", "removal.signature", "removal.email", "category");
    }

    @Test
    @DisplayName("the person shown making the request is a self-report; a representative's is not")
    void byPersonShown() {
        // Act + Assert
        assertThat(aSubmission().build().withRemovalRequest(VALID).byPersonShown()).isTrue();
        assertThat(aSubmission().build().withRemovalRequest(new RemovalRequest("Sam Roy", "s@example.org", true, true))
                .byPersonShown()).isFalse();
        assertThat(aSubmission().build().byPersonShown()).isFalse();
    }
}
