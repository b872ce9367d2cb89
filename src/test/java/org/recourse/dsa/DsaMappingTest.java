package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.cases.Category;
import org.recourse.dsa.StatementFacts.Detection;
import org.recourse.dsa.StatementFacts.Restriction;
import org.recourse.testing.DsaReceiver;

@DisplayName("A statement of reasons mapped field by field for the DSA transparency database")
class DsaMappingTest {

    @Test
    @DisplayName("content hidden on a report of child sexual imagery: every field as the database takes it")
    void hiddenOnReport() {
        // Arrange
        StatementFacts facts = Statements.hiddenOnReport();

        // Act
        JsonObject json = Statements.mapping().map(facts).orElseThrow().toJson();

        // Assert
        assertThat(json.getJsonArray("decision_visibility").getString(0))
                .isEqualTo("DECISION_VISIBILITY_CONTENT_DISABLED");
        assertThat(json.containsKey("decision_account")).isFalse();
        assertThat(json.getString("decision_ground")).isEqualTo("DECISION_GROUND_ILLEGAL_CONTENT");
        assertThat(json.getString("illegal_content_legal_ground")).isEqualTo(Statements.LAW);
        assertThat(json.getString("illegal_content_explanation"))
                .isEqualTo("The content was assessed as sexual imagery of a child.");
        assertThat(json.containsKey("incompatible_content_ground")).isFalse();
        assertThat(json.getString("decision_ground_reference_url")).isEqualTo("https://platform.example/terms");
        assertThat(json.getString("category")).isEqualTo("STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        assertThat(json.getJsonArray("category_specification").getString(0))
                .isEqualTo("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL");
        assertThat(json.getJsonArray("content_type").getString(0)).isEqualTo("CONTENT_TYPE_IMAGE");
        assertThat(json.getJsonArray("territorial_scope")).hasSize(30);
        assertThat(json.getString("content_date")).isEqualTo("2026-11-30");
        assertThat(json.getString("application_date")).isEqualTo("2026-12-01");
        assertThat(json.getString("decision_facts")).isEqualTo("A notice from a member of the public identified "
                + "the content. Access to the content was disabled while it awaits human review.");
        assertThat(json.getString("source_type")).isEqualTo("SOURCE_ARTICLE_16");
        assertThat(json.getString("automated_detection")).isEqualTo("No");
        assertThat(json.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(json.getString("puid")).isEqualTo(new Puid(Statements.KEY).of(41, 1));
        assertThat(DsaReceiver.validate(json)).isEmpty();
    }

    @Test
    @DisplayName("an uploader banned after a hash match: the account terminated (a ban has no end date), found by voluntary own initiative")
    void uploaderBanned() {
        // Arrange
        StatementFacts facts = Statements.with(Restriction.UPLOADER_BANNED, Category.NON_CONSENSUAL_INTIMATE_IMAGE,
                Detection.HASH_MATCH, Optional.empty(), Optional.empty());

        // Act
        JsonObject json = Statements.mapping().map(facts).orElseThrow().toJson();

        // Assert
        assertThat(json.containsKey("decision_visibility")).isFalse();
        assertThat(json.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(json.getString("decision_ground")).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(json.getString("incompatible_content_ground")).isEqualTo(Statements.POLICY);
        assertThat(json.containsKey("illegal_content_legal_ground")).isFalse();
        assertThat(json.getString("category")).isEqualTo("STATEMENT_CATEGORY_CYBER_VIOLENCE");
        assertThat(json.getJsonArray("content_type").getString(0)).isEqualTo("CONTENT_TYPE_OTHER");
        assertThat(json.getString("content_type_other")).isEqualTo("Uploaded media of another kind.");
        assertThat(json.getString("source_type")).isEqualTo("SOURCE_VOLUNTARY");
        assertThat(json.getString("automated_detection")).isEqualTo("Yes");
        assertThat(DsaReceiver.validate(json)).isEmpty();
    }

    @Test
    @DisplayName("a restoration restricts nothing: it is not a statement for the database")
    void restorationNotSubmitted() {
        // Arrange
        StatementFacts facts = Statements.with(Restriction.RESTORED, Category.SURVIVOR_ADULT_IMAGE,
                Detection.REPORT, Optional.empty(), Optional.of("image/png"));

        // Act
        Optional<DsaStatement> mapped = Statements.mapping().map(facts);

        // Assert
        assertThat(mapped).isEmpty();
    }

    @Test
    @DisplayName("a lifted ban ends a restriction: the database has no field to end one it holds, so it is not sent")
    void liftedBanNotSubmitted() {
        // Arrange
        StatementFacts facts = Statements.with(Restriction.BAN_LIFTED, Category.SURVIVOR_HARASSMENT,
                Detection.STAFF_DECISION, Optional.empty(), Optional.empty());

        // Act
        Optional<DsaStatement> mapped = Statements.mapping().map(facts);

        // Assert
        assertThat(mapped).isEmpty();
        assertThat(Restriction.BAN_LIFTED.restricts()).isFalse();
    }

    @Test
    @DisplayName("a ban by a supervisor's hand and a blocked text are the platform's own initiative")
    void ownInitiative() {
        // Act
        JsonObject banned = Statements.mapping().map(Statements.with(Restriction.UPLOADER_BANNED,
                Category.OTHER_HARMFUL, Detection.STAFF_DECISION, Optional.empty(), Optional.empty()))
                .orElseThrow().toJson();
        JsonObject text = Statements.mapping().map(Statements.with(Restriction.UPLOAD_BLOCKED,
                Category.SURVIVOR_HARASSMENT, Detection.PHRASE_MATCH, Optional.empty(), Optional.of("text/plain")))
                .orElseThrow().toJson();

        // Assert
        assertThat(banned.getString("decision_account")).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(banned.getString("source_type")).isEqualTo("SOURCE_VOLUNTARY");
        assertThat(banned.getString("decision_facts")).isEqualTo("The platform's own staff identified the account's "
                + "conduct. The account was terminated.");
        assertThat(text.getString("source_type")).isEqualTo("SOURCE_VOLUNTARY");
        assertThat(text.getJsonArray("decision_visibility").getString(0))
                .isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(DsaReceiver.validate(banned)).isEmpty();
        assertThat(DsaReceiver.validate(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("every category maps to statements the database accepts and the personal-data check passes")
    void everyCategory(Category category) {
        for (Restriction restriction : Restriction.values()) {
            for (Detection detection : Detection.values()) {
                // Arrange
                StatementFacts facts = Statements.with(restriction, category, detection, Optional.empty(),
                        Optional.of("video/mp4"));

                // Act
                Optional<JsonObject> json = Statements.mapping().map(facts).map(DsaStatement::toJson);

                // Assert
                json.ifPresent(statement -> {
                    assertThat(DsaReceiver.validate(statement)).as(restriction + " " + detection).isEmpty();
                    assertThat(Statements.checkFor(facts).check(statement, Withheld.of("uploader-7", "night-owl")))
                            .as(restriction + " " + detection).isEmpty();
                });
                assertThat(json.isPresent()).isEqualTo(restriction.restricts());
            }
        }
    }

    @Test
    @DisplayName("content older than 2000 is dated 2000-01-01, the earliest date the database takes")
    void earliestContentDate() {
        // Arrange
        StatementFacts old = new StatementFacts(5, 1, Restriction.REMOVED, Category.OTHER_HARMFUL, Detection.REPORT,
                Statements.POLICY, Optional.empty(), false, StatementFacts.Automation.NOT_AUTOMATED,
                Optional.of("image/gif"), java.time.Instant.parse("1999-05-01T00:00:00Z"), Statements.ISSUED);

        // Act
        JsonObject json = Statements.mapping().map(old).orElseThrow().toJson();

        // Assert
        assertThat(json.getString("content_date")).isEqualTo("2000-01-01");
        assertThat(json.getString("automated_decision")).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(DsaReceiver.validate(json)).isEmpty();
    }
}
