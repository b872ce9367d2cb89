package org.recourse.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.matching.hash.PdqHash;

/** A PDQ column holds the 64 lower-case hex digits it always held; the code sees a {@link PdqHash}. */
@DisplayName("PDQ hash column")
class PdqHashConverterTest {

    private static final String BRIDGE = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
    private final PdqHashConverter converter = new PdqHashConverter();

    @Test
    @DisplayName("writes lower-case hex and reads it back as the same hash")
    void roundTrips() {
        // Arrange
        PdqHash hash = PdqHash.fromHex(BRIDGE.toUpperCase());

        // Act
        String column = converter.convertToDatabaseColumn(hash);

        // Assert
        assertThat(column).isEqualTo(BRIDGE);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(hash);
    }

    @Test
    @DisplayName("keeps null as null both ways (a video has no PDQ hash)")
    void nulls() {
        // Act, Assert
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    @DisplayName("refuses a stored value that is not a PDQ hash, rather than matching against it")
    void refusesGarbage() {
        // Act, Assert
        assertThatThrownBy(() -> converter.convertToEntityAttribute("d8f8")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
