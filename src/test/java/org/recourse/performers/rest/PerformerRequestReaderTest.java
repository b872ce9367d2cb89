package org.recourse.performers.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.performers.ConsentForm;
import org.recourse.performers.PerformerRegistration;
import org.recourse.performers.VerificationMethod;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("Reading a performer record's body")
class PerformerRequestReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final String VERIFICATION = "{\"method\":\"document_check\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Yoti\"}";
    static final String CONSENT = "{\"scope\":[\"Photo set Autumn\"],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"}";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String body(String verification, String consent, String more) {
        return "{\"recordId\":\"perf-2291\",\"verification\":" + verification + ",\"consent\":" + consent + more + "}";
    }

    /** The fields named by the problems of reading this body (and that it was refused). */
    private static List<String> refused(String body) {
        PerformerRequestReader reader = new PerformerRequestReader(TODAY);
        PerformerRegistration read = reader.read(json(body));
        assertThat(read).as("refused: %s", body).isNull();
        return reader.problems().stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(String body) {
        PerformerRequestReader reader = new PerformerRequestReader(TODAY);
        reader.read(json(body));
        return reader.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    @DisplayName("a good body gives the record: facts, one scope line or several, content ids")
    void good() {
        // Arrange
        PerformerRequestReader reader = new PerformerRequestReader(TODAY);

        // Act
        PerformerRegistration read = reader.read(json(body(VERIFICATION, "{\"scope\":\"  Solo set, example.com \","
                + "\"givenOn\":\"2026-11-30\",\"how\":\"recorded_statement\",\"until\":\"2027-11-30\"}",
                ",\"content\":[\"img-9001\",\"vid-7\"]")));

        // Assert
        assertThat(reader.problems()).isEmpty();
        assertThat(read.recordId()).isEqualTo("perf-2291");
        assertThat(read.verification().method()).isEqualTo(VerificationMethod.DOCUMENT_CHECK);
        assertThat(read.consent().scope()).containsExactly("Solo set, example.com");
        assertThat(read.consent().form()).isEqualTo(ConsentForm.RECORDED_STATEMENT);
        assertThat(read.consent().until()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(read.content()).containsExactly("img-9001", "vid-7");
    }

    @Test
    @DisplayName("an empty body names every required field at once")
    void empty() {
        // Act / Assert
        assertThat(refused("{}")).containsExactlyInAnyOrder("recordId", "verification", "consent");
    }

    @Test
    @DisplayName("a document is refused by field name and by value, with words that say Recourse never takes one")
    void documents() {
        // Act
        List<String> fields = refused("{\"recordId\":\"perf-1\",\"verification\":{\"method\":\"document_check\","
                + "\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"passport 123456789\",\"documentImage\":\"x\"},"
                + "\"consent\":{\"scope\":[\"data:image/jpeg;base64,/9j/4AAQ\"],\"givenOn\":\"2026-11-30\","
                + "\"how\":\"signed_release\"},\"passportNumber\":\"X1234567\",\"dateOfBirth\":\"1990-01-01\"}");

        // Assert
        assertThat(fields).containsExactlyInAnyOrder("dateOfBirth", "passportNumber", "verification.documentImage",
                "verification.verifiedBy", "consent.scope[0]");
        assertThat(keys("{\"recordId\":\"perf-1\",\"verification\":" + VERIFICATION + ",\"consent\":" + CONSENT
                + ",\"idScan\":\"a\"}")).containsExactly("api.error.performers.document");
    }

    @Test
    @DisplayName("a record id that is a document number is refused")
    void documentAsRecordId() {
        // Act / Assert
        assertThat(keys("{\"recordId\":\"P12345678\",\"verification\":" + VERIFICATION + ",\"consent\":" + CONSENT
                + "}")).containsExactly("api.error.performers.document");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "verification.method | {\"method\":\"self_declared\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Yoti\"}",
        "verification.method | {\"method\":3,\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedOn | {\"method\":\"in_person\",\"verifiedOn\":\"30/11/2026\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedOn | {\"method\":\"in_person\",\"verifiedOn\":\"2026-02-30\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedOn | {\"method\":\"in_person\",\"verifiedOn\":\"2026-12-08\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedOn | {\"method\":\"in_person\",\"verifiedOn\":\"1989-12-31\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedOn | {\"method\":\"in_person\",\"verifiedBy\":\"Yoti\"}",
        "verification.verifiedBy | {\"method\":\"in_person\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"  \"}",
        "verification.verifiedBy | {\"method\":\"in_person\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Jane\\nRoe\"}",
        "verification.verifiedBy | {\"method\":\"in_person\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Jane\\u202ERoe\"}",
        "verification | \"document_check\"",
        "verification | null"})
    void badVerification(String field, String verification) {
        // Act / Assert
        assertThat(refused(body(verification, CONSENT, ""))).containsExactly(field);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "consent.scope | {\"scope\":[],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"}",
        "consent.scope | {\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"}",
        "consent.scope | {\"scope\":[1],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"}",
        "consent.scope[1] | {\"scope\":[\"a\",\"\"],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"}",
        "consent.how | {\"scope\":\"a\",\"givenOn\":\"2026-11-30\",\"how\":\"verbal\"}",
        "consent.givenOn | {\"scope\":\"a\",\"givenOn\":\"2030-01-01\",\"how\":\"in_person\"}",
        "consent.until | {\"scope\":\"a\",\"givenOn\":\"2026-11-30\",\"how\":\"in_person\",\"until\":\"2026-12-05\"}",
        "consent.until | {\"scope\":\"a\",\"givenOn\":\"2026-11-30\",\"how\":\"in_person\",\"until\":\"soon\"}",
        "consent.until | {\"scope\":\"a\",\"givenOn\":\"2026-11-30\",\"how\":\"in_person\",\"until\":7}",
        "consent.colour | {\"scope\":\"a\",\"givenOn\":\"2026-11-30\",\"how\":\"in_person\",\"colour\":1}"})
    void badConsent(String field, String consent) {
        // Act / Assert
        assertThat(refused(body(VERIFICATION, consent, ""))).containsExactly(field);
    }

    @Test
    @DisplayName("bounds: 20 scope lines of 200 characters, 120 for who verified, 1,000 content ids")
    void bounds() {
        // Arrange
        String lines = IntStream.range(0, 21).mapToObj(i -> "\"use " + i + "\"").collect(Collectors.joining(","));
        String ids = IntStream.range(0, 1001).mapToObj(i -> "\"c-" + i + "\"").collect(Collectors.joining(","));

        // Act / Assert
        assertThat(refused(body(VERIFICATION, "{\"scope\":[" + lines + "],\"givenOn\":\"2026-11-30\","
                + "\"how\":\"in_person\"}", ""))).containsExactly("consent.scope");
        assertThat(refused(body(VERIFICATION, "{\"scope\":\"" + "a".repeat(201) + "\",\"givenOn\":\"2026-11-30\","
                + "\"how\":\"in_person\"}", ""))).containsExactly("consent.scope[0]");
        assertThat(refused(body("{\"method\":\"in_person\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\""
                + "a".repeat(121) + "\"}", CONSENT, ""))).containsExactly("verification.verifiedBy");
        assertThat(refused(body(VERIFICATION, CONSENT, ",\"content\":[" + ids + "]"))).containsExactly("content");
    }

    @Test
    @DisplayName("content ids of the wrong shape are named, at most 20 of them")
    void badContent() {
        // Arrange
        String ids = IntStream.range(0, 50).mapToObj(i -> "\"bad id " + i + "\"").collect(Collectors.joining(","));

        // Act
        List<String> fields = refused(body(VERIFICATION, CONSENT, ",\"content\":[\"ok-1\",3," + ids + "]"));

        // Assert
        assertThat(fields).hasSize(20).startsWith("content[1]", "content[2]");
        assertThat(refused(body(VERIFICATION, CONSENT, ",\"content\":\"img-1\""))).containsExactly("content");
    }

    @Test
    @DisplayName("a link body is contentIds only, required")
    void link() {
        // Arrange
        PerformerRequestReader good = new PerformerRequestReader(TODAY);
        PerformerRequestReader missing = new PerformerRequestReader(TODAY);
        PerformerRequestReader extra = new PerformerRequestReader(TODAY);

        // Act
        List<String> ids = good.readLink(json("{\"contentIds\":[\"img-1\",\"img-2\"]}"));
        List<String> none = missing.readLink(json("{}"));
        List<String> refused = extra.readLink(json("{\"contentIds\":[],\"selfie\":\"x\"}"));

        // Assert
        assertThat(ids).containsExactly("img-1", "img-2");
        assertThat(none).isNull();
        assertThat(missing.problems()).extracting(FieldProblem::field).containsExactly("contentIds");
        assertThat(refused).isNull();
        assertThat(extra.problems()).extracting(FieldProblem::messageKey).containsExactly("api.error.performers.document");
    }
}
