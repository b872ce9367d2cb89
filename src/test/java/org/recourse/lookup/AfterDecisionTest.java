package org.recourse.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.cases.CaseBuilder.aCase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem.Kind;
import org.recourse.cases.Category;
import org.recourse.cases.ItemStatus;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.SettingsFixture;

@DisplayName("Status after a decision: what it means for the person, in English and French")
class AfterDecisionTest {

    private static final Instant T0 = org.recourse.cases.CaseBuilder.DEFAULT_OPENED_AT;
    private final Case claimed = aCase().claimedBy("mona").build();

    private StatusView view(Locale language, ReportStatus.Item... items) {
        ReportStatus status = ReportStatus.of(ReportStatusTest.REFERENCE, Category.OTHER_HARMFUL, false, T0, claimed,
                List.of(items));
        return new StatusView(status, SettingsFixture.portal(), Messages.in(language), T0);
    }

    private static ReportStatus.Item hosted(ItemStatus status) {
        return new ReportStatus.Item(Kind.HOSTED, status, status == ItemStatus.PENDING_REVIEW ? null : T0.plusSeconds(60));
    }

    private static ReportStatus.Item external(ItemStatus status) {
        return new ReportStatus.Item(Kind.EXTERNAL, status, T0.plusSeconds(60));
    }

    @Test
    @DisplayName("before a decision: nothing is said yet")
    void beforeDecision() {
        // Act
        StatusView view = view(Locale.ENGLISH, hosted(ItemStatus.PENDING_REVIEW));

        // Assert
        assertThat(view.afterDecision()).isEmpty();
        assertThat(view.copiesBlocked()).isFalse();
    }

    @Test
    @DisplayName("removed: copies are blocked from coming back, and copies already up are searched for and hidden")
    void removed() {
        // Act
        StatusView view = view(Locale.ENGLISH, hosted(ItemStatus.REMOVED));

        // Assert
        assertThat(view.copiesBlocked()).isTrue();
        assertThat(view.afterDecision()).singleElement().asString()
                .contains("blocked from coming back", "copies already on the platform are searched for and hidden");
    }

    @Test
    @DisplayName("referred to a hotline: the same, since the content was taken down too")
    void referred() {
        // Act
        StatusView view = view(Locale.CANADA_FRENCH, hosted(ItemStatus.REFERRED));

        // Assert
        assertThat(view.copiesBlocked()).isTrue();
        assertThat(view.afterDecision()).singleElement().asString()
                .contains("ne peut pas y revenir", "recherchées et masquées");
    }

    @Test
    @DisplayName("restored: shown again, and how to ask again if it shows them; nothing is said to be blocked")
    void restored() {
        // Act
        StatusView view = view(Locale.ENGLISH, hosted(ItemStatus.RESTORED));

        // Assert
        assertThat(view.copiesBlocked()).isFalse();
        assertThat(view.afterDecision()).singleElement().asString().contains("can be seen again")
                .doesNotContain("blocked");
    }

    @Test
    @DisplayName("content elsewhere: says plainly that the platform cannot take it down, and points to support")
    void external() {
        // Act
        StatusView view = view(Locale.ENGLISH, external(ItemStatus.REFERRED));

        // Assert
        assertThat(view.copiesBlocked()).isFalse();
        assertThat(view.afterDecision()).singleElement().asString()
                .contains("not on our platform", "support organisations");
    }

    @Test
    @DisplayName("removed here and a link elsewhere: both are said, blocked first")
    void both() {
        // Act
        StatusView view = view(Locale.CANADA_FRENCH, hosted(ItemStatus.REMOVED), external(ItemStatus.REMOVED));

        // Assert
        assertThat(view.afterDecision()).hasSize(2);
        assertThat(view.afterDecision().get(0)).contains("liste de blocage");
        assertThat(view.afterDecision().get(1)).contains("pas sur notre plateforme");
    }
}
