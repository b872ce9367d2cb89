package org.recourse.dsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.outbox.Backoff;
import org.recourse.platform.outbox.OutboxStatus;

@DisplayName("A submission to the DSA transparency database on its way through the outbox")
class DsaSubmissionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    private static DsaSubmission queued() {
        return DsaSubmission.queued(41, 1, "puid-41-1", "{\"puid\":\"puid-41-1\"}", NOW);
    }

    @Test
    @DisplayName("queued, claimed, accepted with the database's uuid")
    void accepted() {
        // Arrange
        DsaSubmission submission = queued();

        // Act
        submission.claim(NOW, Duration.ofMinutes(1));
        submission.accepted(NOW, "4b989c23-3736-4fd9-8612-a975b98d88d6");

        // Assert
        assertThat(submission.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(submission.databaseUuid()).contains("4b989c23-3736-4fd9-8612-a975b98d88d6");
    }

    @Test
    @DisplayName("a database that stays down is retried, waits growing to an hour, and never given up")
    void retriedForever() {
        // Arrange
        DsaSubmission submission = queued();
        Instant at = NOW;

        // Act
        for (int i = 0; i < 50; i++) {
            submission.claim(at, Duration.ofMinutes(1));
            submission.failed(at, "HTTP 503", BACKOFF);
            at = submission.state().nextAttemptAt();
        }

        // Assert
        assertThat(submission.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(Duration.between(NOW, at)).isGreaterThan(Duration.ofHours(40));
        assertThat(submission.state().attempts()).isEqualTo(50);
    }

    @Test
    @DisplayName("refused by the database: dead for an admin, who can send it again")
    void rejected() {
        // Arrange
        DsaSubmission submission = queued();
        submission.claim(NOW, Duration.ofMinutes(1));

        // Act
        submission.rejected("refused by the database: category: The selected category is invalid.");
        submission.retry(NOW.plusSeconds(60));

        // Assert
        assertThat(submission.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(submission.state().isDue(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    @DisplayName("refused by the personal-data check: dead from the start, no payload kept, never sent again")
    void refusedByCheck() {
        // Act
        DsaSubmission submission = DsaSubmission.refused(41, 1, "puid-41-1",
                List.of(new PersonalDataCheck.Finding("decision_facts", PersonalDataCheck.Kind.EMAIL_ADDRESS)), NOW);

        // Assert
        assertThat(submission.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(submission.payload()).isEmpty();
        assertThat(submission.state().lastError()).isEqualTo("personal data check: [decision_facts: an e-mail "
                + "address]");
        assertThatThrownBy(() -> submission.retry(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
