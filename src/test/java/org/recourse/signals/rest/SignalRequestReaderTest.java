package org.recourse.signals.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.signals.SignalSubmission;

@DisplayName("Reading a signal body")
class SignalRequestReaderTest {

    private static final String GOOD = "{\"signalId\":\"sig-1\",\"contentId\":\"img-8841\",\"classifier\":\"safer\","
            + "\"classifierVersion\":\"3.2.0\",\"label\":\"csam_likely\",\"score\":0.97}";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @DisplayName("a good body gives a submission")
    void good() {
        // Arrange
        SignalRequestReader reader = new SignalRequestReader();

        // Act
        SignalSubmission read = reader.read(json(GOOD));

        // Assert
        assertThat(reader.problems()).isEmpty();
        assertThat(read).isEqualTo(new SignalSubmission("sig-1", "img-8841", "safer", "3.2.0", "csam_likely", 0.97));
    }

    @Test
    @DisplayName("the signal id is optional; the scores 0 and 1 are in range")
    void optionalAndBounds() {
        // Arrange
        SignalRequestReader zero = new SignalRequestReader();
        SignalRequestReader one = new SignalRequestReader();

        // Act
        SignalSubmission atZero = zero.read(json("{\"contentId\":\"a\",\"classifier\":\"c\",\"classifierVersion\":\"1\","
                + "\"label\":\"l\",\"score\":0}"));
        SignalSubmission atOne = one.read(json("{\"signalId\":null,\"contentId\":\"a\",\"classifier\":\"c\","
                + "\"classifierVersion\":\"1\",\"label\":\"l\",\"score\":1.0}"));

        // Assert
        assertThat(atZero.signalId()).isNull();
        assertThat(atZero.score()).isZero();
        assertThat(atOne.score()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("every problem is named at once, and nothing is read")
    void everyProblem() {
        // Arrange
        SignalRequestReader reader = new SignalRequestReader();

        // Act
        SignalSubmission read = reader.read(json("{\"signalId\":7,\"contentId\":\"a b\",\"classifier\":\"Safer.v2\","
                + "\"classifierVersion\":\"\",\"label\":\"CSAM-likely\",\"score\":\"0.9\",\"remove\":true}"));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("remove",
                "signalId", "contentId", "classifier", "classifierVersion", "label", "score");
        assertThat(reader.problems()).extracting(FieldProblem::messageKey).contains("api.error.signal.unknownField",
                "api.error.signal.notText", "api.error.signal.score.notNumber", "api.error.signal.label.malformed");
    }

    @Test
    @DisplayName("an empty body names every required field as missing")
    void missing() {
        // Arrange
        SignalRequestReader reader = new SignalRequestReader();

        // Act
        reader.read(json("{}"));

        // Assert
        assertThat(reader.problems()).extracting(FieldProblem::messageKey).containsExactlyInAnyOrder(
                "api.error.signal.contentId.missing", "api.error.signal.classifier.missing",
                "api.error.signal.classifierVersion.missing", "api.error.signal.label.missing",
                "api.error.signal.score.missing");
    }

    @ParameterizedTest(name = "score {0} is refused")
    @CsvSource(delimiter = '|', value = {"-0.01", "1.0000001", "2", "1e999999999", "-1e-999999999", "true", "[0.5]",
            "{}", "null"})
    @DisplayName("a score outside 0..1, of another type, or absurd, is refused")
    void badScores(String score) {
        // Arrange
        SignalRequestReader reader = new SignalRequestReader();

        // Act
        SignalSubmission read = reader.read(json(GOOD.replace("0.97", score)));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).extracting(FieldProblem::field).containsExactly("score");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "classifier | x",
            "label | csam.likely",
            "label | ''",
            "classifierVersion | 1 0",
            "signalId | -sig",
            "contentId | ../etc"})
    @DisplayName("a token of the wrong shape is refused, naming its field")
    void badTokens(String field, String value) {
        // Arrange
        SignalRequestReader reader = new SignalRequestReader();
        JsonObject good = json(GOOD);
        String text = Json.createObjectBuilder(good).add(field, value.equals("x") ? "x".repeat(65) : value).build()
                .toString();

        // Act
        SignalSubmission read = reader.read(json(text));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).extracting(FieldProblem::field).containsExactly(field);
    }

    @Test
    @DisplayName("at most twenty unknown fields are named, each shortened and without control characters")
    void manyUnknown() {
        // Arrange
        StringBuilder body = new StringBuilder(GOOD.substring(0, GOOD.length() - 1));
        for (int i = 0; i < 50; i++) {
            body.append(",\"x").append(i).append("\\u0007").append("y".repeat(100)).append("\":1");
        }
        SignalRequestReader reader = new SignalRequestReader();

        // Act
        reader.read(json(body.append('}').toString()));

        // Assert
        assertThat(reader.problems()).hasSize(20).allSatisfy(p -> {
            assertThat(p.field()).hasSizeLessThanOrEqualTo(40).doesNotContain("\u0007");
        });
    }
}
