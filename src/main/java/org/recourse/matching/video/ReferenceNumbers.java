package org.recourse.matching.video;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers printed as the reference prints them with C's {@code printf}: the exact binary value rounded, a tie to the
 * even digit. Java's {@code String.format} rounds a tie up (0.0625 gives "0.063", the reference "0.062").
 */
final class ReferenceNumbers {

    private ReferenceNumbers() {
    }

    /** {@code %.3f} of a float32 widened to double, as the reference prints timestamps. */
    static String threeDecimals(float value) {
        return fixed(value, 3);
    }

    /** {@code %0.2f} of a double, as the reference's matcher prints percentages. */
    static String twoDecimals(double value) {
        return fixed(value, 2);
    }

    private static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Only a finite number is printed, not " + value + ".");
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
