package org.recourse.screening.staydown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashType;

/**
 * A match's source is a type, but the platform's answer and {@code case_item.match_source} keep the words they have
 * always had: the bank's name, or "pending review:" and the platform's id.
 */
@DisplayName("Match source: a bank entry or an item pending review, written as before")
class MatchSourceTest {

    @Test
    @DisplayName("an item pending review is written \"pending review:\" and its platform id")
    void pendingItem() {
        // Arrange
        MatchSource source = new MatchSource.PendingItem("img-9001");

        // Act
        String text = source.text();

        // Assert
        assertThat(text).isEqualTo("pending review:img-9001");
    }

    @Test
    @DisplayName("a bank entry is written as its bank's name, and the match knows the entry")
    void bankEntry() {
        // Arrange
        MatchSource source = new MatchSource.Entry(311, "Confirmed sexual images of children");
        UploadScreening.Match match = new UploadScreening.Match(UploadScreening.Outcome.BLOCK, source,
                BankPurpose.CHILD_SEXUAL_IMAGERY, HashType.PDQ, 6, "C-000042", null);

        // Act
        String text = source.text();

        // Assert
        assertThat(text).isEqualTo("Confirmed sexual images of children");
        assertThat(match.entryId()).isEqualTo(311L);
    }

    @Test
    @DisplayName("a match with an item pending review names no bank entry")
    void pendingHasNoEntry() {
        // Arrange
        UploadScreening.Match match = new UploadScreening.Match(UploadScreening.Outcome.HOLD,
                new MatchSource.PendingItem("bridge"), null, HashType.PDQ, 0, "C-000007", null);

        // Act, Assert
        assertThat(match.entryId()).isNull();
        assertThat(match.source()).isInstanceOf(MatchSource.PendingItem.class);
        assertThat(PdqHash.parse(match.source().text())).isEmpty();
    }
}
