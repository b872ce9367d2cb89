package org.recourse.performers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The rules of a performer record")
class PerformerRulesTest {

    @ParameterizedTest(name = "\"{0}\" looks like a document")
    @ValueSource(strings = {"P1234567", "passport 123 456 789", "AB-123-456-78", "ID 1234.5678",
            "P<CANDOE<<JANE<<<<<<<<<<", "data:image/png;base64,iVBORw0KGgo",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAsLDAs"})
    void documents(String value) {
        // Act / Assert
        assertThat(PerformerRules.looksLikeDocument(value)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is a name or a use")
    @ValueSource(strings = {"Yoti", "Jane Roe, compliance team", "Photo set Autumn 2026-11-30, on example.com",
            "Video 12 of 20, scene 3", "Paid subscribers only, until 2027", "Ondato UAB"})
    void words(String value) {
        // Act / Assert
        assertThat(PerformerRules.looksLikeDocument(value)).isFalse();
    }

    @ParameterizedTest(name = "a field named {0} is a document''s")
    @ValueSource(strings = {"passportNumber", "idDocument", "document", "driverLicence", "license_no", "selfie",
            "idImage", "photo", "dateOfBirth", "dob", "scan", "mrz", "nationalId", "ssn", "homeAddress"})
    void documentFields(String name) {
        // Act / Assert
        assertThat(PerformerRules.isDocumentField(name)).isTrue();
    }

    @Test
    @DisplayName("other unknown fields are not called documents")
    void otherFields() {
        // Act / Assert
        assertThat(PerformerRules.isDocumentField("colour")).isFalse();
        assertThat(PerformerRules.isDocumentField("verifiedAt")).isFalse();
    }

    @Test
    @DisplayName("a day is between 1990 and tomorrow (time zones), never later")
    void days() {
        // Arrange
        LocalDate today = LocalDate.of(2026, 12, 6);

        // Act / Assert
        assertThat(PerformerRules.isPastDay(today, today)).isTrue();
        assertThat(PerformerRules.isPastDay(today.plusDays(1), today)).isTrue();
        assertThat(PerformerRules.isPastDay(today.plusDays(2), today)).isFalse();
        assertThat(PerformerRules.isPastDay(LocalDate.of(1989, 12, 31), today)).isFalse();
    }

    @Test
    @DisplayName("a record id has the shape of an id, at most 128 characters")
    void recordIds() {
        // Act / Assert
        assertThat(PerformerRules.isRecordId("perf-2291")).isTrue();
        assertThat(PerformerRules.isRecordId("vendor:abc/1")).isFalse();
        assertThat(PerformerRules.isRecordId("a".repeat(128))).isTrue();
        assertThat(PerformerRules.isRecordId("a".repeat(129))).isFalse();
        assertThat(PerformerRules.isRecordId("-x")).isFalse();
        assertThat(PerformerRules.isRecordId(null)).isFalse();
    }

    @Test
    @DisplayName("text a person wrote has no control characters nor direction overrides")
    void plain() {
        // Act / Assert
        assertThat(PerformerRules.isPlainLine("Jane Roe")).isTrue();
        assertThat(PerformerRules.isPlainLine("Jane\nRoe")).isFalse();
        assertThat(PerformerRules.isPlainLine("Jane\u202ERoe")).isFalse();
    }
}
