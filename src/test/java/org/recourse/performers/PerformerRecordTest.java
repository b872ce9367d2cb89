package org.recourse.performers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.domain.IllegalTransitionException;

@DisplayName("A performer record")
class PerformerRecordTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static PerformerRegistration registration(String id, LocalDate until, List<String> content) {
        return new PerformerRegistration(id, new Verification(VerificationMethod.DOCUMENT_CHECK,
                LocalDate.of(2026, 11, 30), "Yoti"), new Consent(List.of("Photo set Autumn", "On example.com"),
                LocalDate.of(2026, 11, 30), ConsentForm.SIGNED_RELEASE, until), content);
    }

    static PerformerRecord record(String id, LocalDate until) {
        return PerformerRecord.register(registration(id, until, List.of("img-1")), WithdrawalReference.generate(),
                "api:Uploads", NOW);
    }

    @Test
    @DisplayName("is registered in force, with its facts, content and only the hash of its reference")
    void registered() {
        // Arrange
        WithdrawalReference reference = WithdrawalReference.generate();

        // Act
        PerformerRecord record = PerformerRecord.register(registration("perf-1", null, List.of("img-1", "img-1",
                "img-2")), reference, "api:Uploads", NOW);

        // Assert
        assertThat(record.status()).isEqualTo(RecordStatus.IN_FORCE);
        assertThat(record.inForceOn(TODAY)).isTrue();
        assertThat(record.content()).containsExactly("img-1", "img-2");
        assertThat(record.consent().scope()).containsExactly("Photo set Autumn", "On example.com");
        assertThat(record.verification().by()).isEqualTo("Yoti");
        assertThat(record.sameFacts(registration("perf-1", null, List.of()))).isTrue();
        assertThat(record.sameFacts(registration("perf-1", TODAY.plusDays(9), List.of()))).isFalse();
    }

    @Test
    @DisplayName("is not in force before its consent was given, nor after its last day")
    void consentDays() {
        // Arrange
        PerformerRecord limited = record("perf-2", TODAY);

        // Act / Assert
        assertThat(limited.inForceOn(TODAY)).isTrue();
        assertThat(limited.inForceOn(TODAY.plusDays(1))).isFalse();
        assertThat(limited.inForceOn(LocalDate.of(2026, 11, 29))).isFalse();
    }

    @Test
    @DisplayName("is withdrawn once, for good: then not in force, and no new reference")
    void withdrawn() {
        // Arrange
        PerformerRecord record = record("perf-3", null);

        // Act
        record.withdraw(WithdrawalChannel.PUBLIC_PAGE, NOW);

        // Assert
        assertThat(record.status()).isEqualTo(RecordStatus.WITHDRAWN);
        assertThat(record.inForceOn(TODAY)).isFalse();
        assertThat(record.withdrawnVia()).isEqualTo(WithdrawalChannel.PUBLIC_PAGE);
        assertThatThrownBy(() -> record.withdraw(WithdrawalChannel.API, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> record.reissue(WithdrawalReference.generate()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("links new content only, and at most 5,000 items in all")
    void links() {
        // Arrange
        PerformerRecord record = record("perf-4", null);

        // Act
        List<String> added = record.link(List.of("img-1", "img-9"));

        // Assert
        assertThat(added).containsExactly("img-9");
        List<String> many = IntStream.range(0, PerformerRules.MAX_CONTENT_PER_RECORD).mapToObj(i -> "x-" + i).toList();
        assertThatThrownBy(() -> record.link(many)).isInstanceOf(IllegalArgumentException.class);
        assertThat(record.content()).containsExactly("img-1", "img-9");
    }
}
