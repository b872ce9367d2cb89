package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.dsa.PersonalDataCheck.Finding;
import org.recourse.dsa.PersonalDataCheck.Kind;

@DisplayName("The personal-data check before a statement leaves for the DSA transparency database")
class PersonalDataCheckTest {

    private static final String FACTS = "A notice from a member of the public identified the content. "
            + "Access to the content was disabled while it awaits human review.";

    private final StatementFacts facts = Statements.hiddenOnReport();
    private final JsonObject clean = Statements.mapping().map(facts).orElseThrow().toJson();
    private final Withheld withheld = Withheld.of("uploader-7731", "Night Owl", "p-2f9c1e", "owl@mail.example");

    private List<Finding> check(JsonObject payload) {
        return Statements.checkFor(facts).check(payload, withheld);
    }

    private static JsonObject with(JsonObject payload, String field, String value) {
        return Json.createObjectBuilder(payload).add(field, value).build();
    }

    @Test
    @DisplayName("a mapped statement passes, legal citations with numbers included")
    void cleanPasses() {
        // Act
        List<Finding> found = check(clean);

        // Assert
        assertThat(found).isEmpty();
        assertThat(clean.getString("illegal_content_legal_ground")).contains("2022/2065");
    }

    @Test
    @DisplayName("a reporter's e-mail address in the facts is refused")
    void emailAddress() {
        assertThat(check(with(clean, "decision_facts", FACTS + " Reported by ana@example.net.")))
                .contains(new Finding("decision_facts", Kind.EMAIL_ADDRESS));
    }

    @Test
    @DisplayName("a telephone number is refused")
    void phoneNumber() {
        assertThat(check(with(clean, "illegal_content_explanation", "Call +33 6 12 34 56 78 for details.")))
                .contains(new Finding("illegal_content_explanation", Kind.PHONE_NUMBER));
    }

    @Test
    @DisplayName("an IP address is refused")
    void ipAddress() {
        assertThat(check(with(clean, "decision_facts", FACTS + " Uploaded from 203.0.113.9.")))
                .contains(new Finding("decision_facts", Kind.IP_ADDRESS));
    }

    @Test
    @DisplayName("a web address other than the platform's terms is refused, in text and as the reference")
    void webAddress() {
        assertThat(check(with(clean, "decision_facts", FACTS + " See https://platform.example/p/abc.")))
                .contains(new Finding("decision_facts", Kind.WEB_ADDRESS));
        assertThat(check(with(clean, "decision_ground_reference_url", "https://platform.example/u/night-owl")))
                .contains(new Finding("decision_ground_reference_url", Kind.WEB_ADDRESS));
    }

    @Test
    @DisplayName("a user handle is refused")
    void handle() {
        assertThat(check(with(clean, "illegal_content_explanation", "Posted by @nightowl.")))
                .contains(new Finding("illegal_content_explanation", Kind.HANDLE));
    }

    @Test
    @DisplayName("the uploader's id, anywhere, even in a code field, is refused")
    void uploaderId() {
        assertThat(check(with(clean, "category", "uploader-7731")))
                .contains(new Finding("category", Kind.WITHHELD_VALUE));
    }

    @Test
    @DisplayName("the uploader's name is refused, whatever its case")
    void uploaderName() {
        assertThat(check(with(clean, "illegal_content_explanation", "The account NIGHT OWL posted it.")))
                .contains(new Finding("illegal_content_explanation", Kind.WITHHELD_VALUE));
    }

    @Test
    @DisplayName("the platform's content id is refused")
    void contentId() {
        assertThat(check(with(clean, "decision_facts", FACTS + " Item p-2f9c1e.")))
                .contains(new Finding("decision_facts", Kind.WITHHELD_VALUE));
    }

    @Test
    @DisplayName("free text from a user (a reporter's details) is refused though it holds nothing else")
    void freeText() {
        assertThat(check(with(clean, "decision_facts", FACTS + " My ex posted this at my old school.")))
                .containsExactly(new Finding("decision_facts", Kind.FREE_TEXT));
    }

    @Test
    @DisplayName("a field the mapping never writes (the notifier's identity, the content's address) is refused")
    void unexpectedField() {
        assertThat(check(with(clean, "source_identity", "Trusted partner")))
                .contains(new Finding("source_identity", Kind.UNEXPECTED_FIELD));
        assertThat(check(with(clean, "url", "https://platform.example/p/1")))
                .contains(new Finding("url", Kind.UNEXPECTED_FIELD));
    }

    @Test
    @DisplayName("a puid that is not a derived identifier (a plain statement number) is refused")
    void plainPuid() {
        assertThat(check(with(clean, "puid", "statement-41")))
                .contains(new Finding("puid", Kind.BAD_PUID));
    }

    @Test
    @DisplayName("words in a code field are refused")
    void notACode() {
        assertThat(check(with(clean, "source_type", "reported by a neighbour")))
                .contains(new Finding("source_type", Kind.NOT_A_CODE));
    }

    @Test
    @DisplayName("a finding names the field and the kind, never the value")
    void findingsHoldNoValue() {
        // Act
        String words = check(with(clean, "decision_facts", FACTS + " Mail owl@mail.example")).toString();

        // Assert
        assertThat(words).contains("decision_facts").doesNotContain("owl@mail.example");
        assertThat(Optional.of(words)).isNotEmpty();
    }
}
