package org.recourse.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem.Kind;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.SettingsFixture;
import org.recourse.screening.banks.SurvivorProtection;

@DisplayName("Status in words: timeline, next steps and contact, in English and French")
class StatusViewTest {

    private static final Instant T0 = org.recourse.cases.CaseBuilder.DEFAULT_OPENED_AT;
    private final Case claimed = aCase().claimedBy("mona").build();

    private static StatusView view(Case caseFile, Locale language, Instant now, ReportStatus.Item... items) {
        ReportStatus status = ReportStatus.of(ReportStatusTest.REFERENCE, Category.OTHER_HARMFUL, false, T0, caseFile,
                List.of(items));
        return new StatusView(status, SettingsFixture.portal(), Messages.in(language), now);
    }

    private static ReportStatus.Item hosted(ItemStatus status, Instant decidedAt) {
        return new ReportStatus.Item(Kind.HOSTED, status, decidedAt);
    }

    @Test
    @DisplayName("in review: received, hidden, review started, each with its time")
    void timelineInReview() {
        // Act
        StatusView view = view(claimed, Locale.ENGLISH, T0, hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(view.timeline()).extracting(StatusView.Event::code)
                .containsExactly("received", "hidden", "review_started");
        assertThat(view.timeline()).allSatisfy(event -> assertThat(event.when()).endsWith(" UTC"));
        assertThat(view.timeline().get(1).text()).isEqualTo(
                "The content you reported on this platform was hidden from everyone.");
        assertThat(view.stage()).isEqualTo("Being reviewed");
        assertThat(view.nextSteps()).startsWith("You do not need to do anything. The content stays hidden")
                .endsWith(" UTC.");
    }

    @Test
    @DisplayName("the same status in French")
    void french() {
        // Act
        StatusView view = view(claimed, Locale.CANADA_FRENCH, T0, hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(view.stage()).isEqualTo("En cours d'examen");
        assertThat(view.timeline().get(0).text()).isEqualTo("Nous avons reçu votre signalement.");
        assertThat(view.nextSteps()).startsWith("Vous n'avez rien à faire.");
        assertThat(view.contact().team()).isEqualTo("Équipe Confiance et sécurité");
        assertThat(view.contactText()).contains("safety@platform.example", "Équipe Confiance et sécurité");
    }

    @Test
    @DisplayName("late: says sorry and that nothing is needed, without a date it already missed")
    void late() {
        // Act
        StatusView view = view(claimed, Locale.ENGLISH, claimed.reviewDueAt().plus(Duration.ofMinutes(5)),
                hosted(ItemStatus.PENDING_REVIEW, null));

        // Assert
        assertThat(view.nextSteps()).contains("taking longer than we aim for", "we are sorry",
                "stays hidden").doesNotContain("UTC");
    }

    @Test
    @DisplayName("removed: the decision is the last line, and nothing more is asked")
    void removed() {
        // Act
        StatusView view = view(claimed, Locale.ENGLISH, T0, hosted(ItemStatus.REMOVED, T0.plusSeconds(90)));

        // Assert
        assertThat(view.isDecided()).isTrue();
        assertThat(view.timeline()).last().satisfies(event -> {
            assertThat(event.code()).isEqualTo("removed");
            assertThat(event.at()).isEqualTo(T0.plusSeconds(90));
            assertThat(event.decision()).isTrue();
        });
        assertThat(view.decisions()).containsExactly("Decision: the content was removed from the platform for good.");
        assertThat(view.nextSteps()).startsWith("You do not need to do anything more.");
    }

    @Test
    @DisplayName("restored: the reporter is told how to ask for another look, and whom to write to")
    void restoredOffersAppeal() {
        // Act
        StatusView view = view(claimed, Locale.ENGLISH, T0, hosted(ItemStatus.RESTORED, T0.plusSeconds(90)));

        // Assert
        assertThat(view.decisions()).singleElement().asString().contains("does not break our rules");
        assertThat(view.nextSteps()).contains("If you think this decision is wrong", "Trust & Safety team",
                "safety@platform.example", "look at it again");
    }

    @Test
    @DisplayName("referred, with an outside link: both decisions are told, for hosted and outside items apart")
    void referred() {
        // Act
        StatusView view = view(claimed, Locale.ENGLISH, T0, hosted(ItemStatus.REFERRED, T0.plusSeconds(60)),
                new ReportStatus.Item(Kind.EXTERNAL, ItemStatus.REFERRED, T0.plusSeconds(60)));

        // Assert
        assertThat(view.timeline()).extracting(StatusView.Event::code).containsExactly(
                "received", "hidden", "external_kept", "review_started", "referred", "external_referred");
        assertThat(view.decisions()).hasSize(2).allSatisfy(line -> assertThat(line).contains("hotline or the police"));
    }

    @Test
    @DisplayName("with a senior reviewer: a line without a time")
    void withSupervisor() {
        // Act
        StatusView view = view(aCase().inStatus(org.recourse.cases.CaseStatus.ESCALATED).build(), Locale.ENGLISH, T0,
                hosted(ItemStatus.ESCALATED, null));

        // Assert
        assertThat(view.timeline()).filteredOn(e -> e.code().equals("with_supervisor")).singleElement()
                .satisfies(event -> {
                    assertThat(event.at()).isNull();
                    assertThat(event.when()).isNull();
                });
    }

    private static StatusView hashView(SurvivorProtection protection, Locale language) {
        ReportStatus status = ReportStatus.ofHashSubmission(ReportStatusTest.REFERENCE, T0, protection,
                protection == SurvivorProtection.BLOCKING || protection == SurvivorProtection.NOT_IN_USE
                        ? T0.plus(Duration.ofHours(3)) : null);
        return new StatusView(status, SettingsFixture.portal(), Messages.in(language), T0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SurvivorProtection.class)
    @DisplayName("a survivor's fingerprint: received, then what it does now, each line in the reader's language")
    void hashSubmission(SurvivorProtection protection) {
        // Act
        StatusView english = hashView(protection, Locale.ENGLISH);
        StatusView french = hashView(protection, Locale.CANADA_FRENCH);

        // Assert
        assertThat(english.timeline()).extracting(StatusView.Event::code).hasSize(2).first()
                .isEqualTo("fingerprints_received");
        assertThat(french.timeline()).extracting(StatusView.Event::code)
                .isEqualTo(english.timeline().stream().map(StatusView.Event::code).toList());
        assertThat(french.stage()).isNotEqualTo(english.stage());
        assertThat(french.nextSteps()).isNotEqualTo(english.nextSteps());
        assertThat(french.timeline().get(1).text()).isNotEqualTo(english.timeline().get(1).text());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SurvivorProtection.class)
    @DisplayName("a survivor's fingerprint says truthfully whether matching uploads are held, blocked or not stopped")
    void hashSubmissionTruthful(SurvivorProtection protection) {
        // Act
        StatusView english = hashView(protection, Locale.ENGLISH);
        StatusView french = hashView(protection, Locale.CANADA_FRENCH);

        // Assert
        String said = english.stage() + " " + english.timeline().get(1).text() + " " + english.nextSteps();
        String dit = french.stage() + " " + french.timeline().get(1).text() + " " + french.nextSteps();
        switch (protection) {
            case HOLDING -> {
                assertThat(said).contains("held", "not published").doesNotContain("blocked");
                assertThat(dit).contains("retenus", "ne sont pas publiés").doesNotContain("bloqué");
                assertThat(english.status().stage()).isEqualTo(ReportStatus.Stage.RECEIVED);
            }
            case BLOCKING -> {
                assertThat(said).contains("blocked").doesNotContain("held");
                assertThat(dit).contains("bloqués");
                assertThat(english.timeline().get(1).at()).isEqualTo(T0.plus(Duration.ofHours(3)));
                assertThat(english.status().stage()).isEqualTo(ReportStatus.Stage.DECIDED);
            }
            case AWAITING_CHECK -> {
                assertThat(said).contains("does not stop uploads").doesNotContain("blocked", "held");
                assertThat(dit).contains("n'arrête aucun téléversement");
            }
            case NOT_IN_USE -> {
                assertThat(said).contains("does not use this fingerprint", "write to");
                assertThat(dit).contains("n'utilise pas cette empreinte", "écrivez-nous");
            }
        }
    }
}
