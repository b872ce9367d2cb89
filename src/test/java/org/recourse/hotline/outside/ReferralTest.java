package org.recourse.hotline.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A referral as staff record it")
class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    @DisplayName("to a hotline, today, with their reference: nothing wrong")
    void fine() {
        // Arrange, Act, Assert
        assertThat(new Referral(Recipient.CYBERTIP_CA, " ", NOW.minusSeconds(60), " PA-123 ").problems(NOW)).isEmpty();
        assertThat(new Referral(Recipient.IWF, null, NOW, null).theirReference()).isNull();
    }

    @Test
    @DisplayName("police and INHOPE members must be named; no recipient, a future day, long or hostile text are refused")
    void refused() {
        // Arrange, Act, Assert
        assertThat(new Referral(Recipient.POLICE, null, NOW, null).problems(NOW))
                .containsExactly("staff.outside.error.recipientName");
        assertThat(new Referral(null, null, null, "x".repeat(101)).problems(NOW)).containsExactly(
                "staff.outside.error.recipient", "staff.outside.error.when", "staff.outside.error.reference");
        assertThat(new Referral(Recipient.INHOPE_MEMBER, "Meldpunt\u202E", NOW.plusSeconds(15 * 3600), "a\nb")
                .problems(NOW)).containsExactly("staff.outside.error.recipientNameLength", "staff.outside.error.when",
                "staff.outside.error.reference");
    }
}
