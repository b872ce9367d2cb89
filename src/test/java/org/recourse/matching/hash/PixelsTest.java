package org.recourse.matching.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pixels")
class PixelsTest {

    @Test
    @DisplayName("refuse an array whose length does not fit the size and layout, saying what was expected")
    void wrongLength() {
        // Act, Assert
        assertThatThrownBy(() -> Pixels.rgb(4, 3, new byte[35])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("36 samples, not 35");
        assertThatThrownBy(() -> Pixels.grey(4, 3, new byte[36])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 samples, not 36");
        assertThatThrownBy(() -> Pixels.packedRgb(0, 3, new int[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1x1");
        assertThatThrownBy(() -> Pixels.rgb(1, 1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("packed ints hash like the same RGB bytes, whatever their alpha byte")
    void packedIntsAreRgb() {
        // Arrange
        Pixels bytes = PdqVectors.pixels("pixels/reg-test-input/pen-and-coaster.png.ppm");
        byte[] rgb = bytes.bytes();
        int[] argb = new int[rgb.length / 3];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i % 256) << 24 | (rgb[3 * i] & 0xff) << 16 | (rgb[3 * i + 1] & 0xff) << 8 | rgb[3 * i + 2] & 0xff;
        }
        Pixels packed = Pixels.packedRgb(bytes.width(), bytes.height(), argb);

        // Act
        PdqResult fromBytes = PdqHasher.withPreResize().hash(bytes);
        PdqResult fromInts = PdqHasher.withPreResize().hash(packed);

        // Assert
        assertThat(fromInts).isEqualTo(fromBytes);
        assertThat(packed.channels()).isEqualTo(3);
    }

    @Test
    @DisplayName("one hasher gives the same results when reused across pictures of different sizes")
    void hasherReuse() {
        // Arrange
        Pixels large = PdqVectors.pixels("pixels/reg-test-input/dih/bridge-1-original.jpg.ppm");
        Pixels small = PdqVectors.pixels("pixels/misc-images/wee.jpg.ppm");
        PdqHasher reused = PdqHasher.withPreResize();

        // Act
        PdqResult first = reused.hash(large);
        reused.hash(small);
        PdqResult again = reused.hash(large);

        // Assert
        assertThat(again).isEqualTo(first);
        assertThat(reused.hash(small)).isEqualTo(PdqHasher.withPreResize().hash(small));
    }
}
