package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StoredNames: names stored in English inside a detail, shown in the page's words")
class StoredNamesTest {

    @Test
    @DisplayName("Every provider's names are replaced; other text and a missing detail stay as they are")
    void replaced() {
        // Arrange
        StoredNames banks = messages -> Map.of("Other removed content", "Autres contenus retirés");
        StoredNames none = messages -> Map.of();
        Messages french = Messages.in(Locale.CANADA_FRENCH);

        // Act
        String detail = StoredNames.in("Other removed content: PDQ 3f2a (case 12)", List.of(banks, none), french);

        // Assert
        assertThat(detail).isEqualTo("Autres contenus retirés: PDQ 3f2a (case 12)");
        assertThat(StoredNames.in(null, List.of(banks), french)).isNull();
    }
}
