package org.recourse.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.i18n.Messages;

@DisplayName("Form errors")
class FormErrorsTest {

    private final Messages messages = Messages.in(Locale.ENGLISH);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "items, locations",
            "items[0], locations",
            "items[7], locations",
            "items[2].url, locations",
            "category, category",
            "details, details",
            "contact.email, contactEmail",
            "contact.consent, contactConsent"
    })
    @DisplayName("puts each problem on its form field")
    void formField(String submissionField, String formField) {
        // Act / Assert
        assertThat(FormErrors.formField(submissionField)).isEqualTo(formField);
    }

    @Test
    @DisplayName("starts empty")
    void empty() {
        // Act
        FormErrors errors = new FormErrors();

        // Assert
        assertThat(errors.isEmpty()).isTrue();
        assertThat(errors.has("locations")).isFalse();
        assertThat(errors.of("locations")).isEmpty();
        assertThat(errors.summary()).isEmpty();
    }

    @Test
    @DisplayName("shows each problem in words beside its field")
    void messagesByField() {
        // Arrange
        FormErrors errors = new FormErrors();

        // Act
        errors.addAll(List.of(
                FieldProblem.of("items[1]", "report.error.item.malformedUrl", 2, "ftp://x"),
                FieldProblem.of("contact.email", "report.error.email.malformed")), messages);

        // Assert
        assertThat(errors.isEmpty()).isFalse();
        assertThat(errors.has("locations")).isTrue();
        assertThat(errors.has("contactEmail")).isTrue();
        assertThat(errors.has("category")).isFalse();
        assertThat(errors.of("locations")).isEqualTo("Entry 2 (\"ftp://x\") is not a complete web address. "
                + "Please copy the whole link, starting with https://.");
        assertThat(errors.of("contactEmail"))
                .isEqualTo("This does not look like an email address. You can also leave it empty.");
    }

    @Test
    @DisplayName("joins several problems of one field")
    void joinsMessagesOfOneField() {
        // Arrange
        FormErrors errors = new FormErrors();

        // Act
        errors.addAll(List.of(
                FieldProblem.of("items[0]", "report.error.item.empty", 1),
                FieldProblem.of("items[2]", "report.error.item.empty", 3)), messages);

        // Assert
        assertThat(errors.of("locations")).isEqualTo("Entry 1 is empty. Entry 3 is empty.");
    }

    @Test
    @DisplayName("the summary lists problems field by field, fields in the order they first failed")
    void summaryOrder() {
        // Arrange
        FormErrors errors = new FormErrors();

        // Act
        errors.addAll(List.of(
                FieldProblem.of("items[0]", "report.error.item.empty", 1),
                FieldProblem.of("category", "report.error.category.missing"),
                FieldProblem.of("items[4]", "report.error.item.empty", 5),
                FieldProblem.of("contact.consent", "report.error.email.noConsent")), messages);

        // Assert
        assertThat(errors.summary()).extracting(FormErrors.Entry::field)
                .containsExactly("locations", "locations", "category", "contactConsent");
        assertThat(errors.summary()).extracting(FormErrors.Entry::message)
                .containsExactly("Entry 1 is empty.", "Entry 5 is empty.",
                        "Please choose what the content shows.",
                        "To use your email address we need your agreement: tick the box, or leave the email empty.");
    }
}
