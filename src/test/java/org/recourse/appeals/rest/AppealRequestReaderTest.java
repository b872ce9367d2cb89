package org.recourse.appeals.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.appeals.AppealSubmission;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("Reading an appeal body")
class AppealRequestReaderTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @DisplayName("a good body by decision gives a submission with its people")
    void good() {
        // Arrange
        AppealRequestReader reader = new AppealRequestReader();

        // Act
        AppealSubmission read = reader.read(json("{\"decisionId\":7,\"contentId\":\"v-1\",\"text\":\" Mine.\\nReally. \","
                + "\"persons\":[{\"ageRecord\":\"age-1\",\"consentRecord\":\"c/1\"}]}"));

        // Assert
        assertThat(reader.problems()).isEmpty();
        assertThat(read.decisionId()).isEqualTo(7);
        assertThat(read.text()).isEqualTo("Mine.\nReally.");
        assertThat(read.persons()).hasSize(1);
    }

    @Test
    @DisplayName("every problem is named at once: unknown fields, types, control characters, documents for records")
    void everyProblem() {
        // Arrange
        AppealRequestReader reader = new AppealRequestReader();

        // Act
        AppealSubmission read = reader.read(json("{\"decisionId\":\"7\",\"contentId\":\"a b\",\"text\":\"x\\u0007\","
                + "\"persons\":[{\"ageRecord\":\"passport scan.jpg\",\"selfie\":\"x\"},3],\"idDocument\":\"AAAA\"}"));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("idDocument",
                "decisionId", "contentId", "text", "persons[0].selfie", "persons[0].ageRecord",
                "persons[0].consentRecord", "persons[1]");
    }

    @Test
    @DisplayName("the text is bounded, direction overrides refused, and at most 50 people are taken")
    void bounds() {
        // Arrange
        AppealRequestReader tooLong = new AppealRequestReader();
        AppealRequestReader override = new AppealRequestReader();
        AppealRequestReader crowd = new AppealRequestReader();
        String people = "{\"ageRecord\":\"a\",\"consentRecord\":\"c\"},".repeat(51);

        // Act
        tooLong.read(json("{\"decisionId\":1,\"contentId\":\"v\",\"text\":\"" + "x".repeat(5001) + "\"}"));
        override.read(json("{\"decisionId\":1,\"contentId\":\"v\",\"text\":\"abc\\u202Edef\"}"));
        crowd.read(json("{\"decisionId\":1,\"contentId\":\"v\",\"text\":\"t\",\"persons\":["
                + people.substring(0, people.length() - 1) + "]}"));

        // Assert
        assertThat(tooLong.problems()).extracting(FieldProblem::messageKey).containsExactly("api.error.appeal.text.tooLong");
        assertThat(override.problems()).extracting(FieldProblem::messageKey).containsExactly("api.error.appeal.text.control");
        assertThat(crowd.problems()).extracting(FieldProblem::messageKey).containsExactly("api.error.appeal.persons.tooMany");
    }

    @Test
    @DisplayName("a statement id is read instead of a decision, and not both")
    void statement() {
        // Arrange
        AppealRequestReader both = new AppealRequestReader();
        AppealRequestReader bad = new AppealRequestReader();

        // Act
        both.read(json("{\"statementId\":\"sor_0123456789abcdefghjkmnpqrs\",\"decisionId\":1,\"text\":\"t\"}"));
        bad.read(json("{\"statementId\":\"sor_../../x\",\"text\":\"t\"}"));

        // Assert
        assertThat(both.problems()).extracting(FieldProblem::field).contains("decisionId");
        assertThat(bad.problems()).extracting(FieldProblem::field).containsExactly("statementId");
    }
}
