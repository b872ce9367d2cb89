package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reference")
class ReferenceTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String DISPLAY_FORM = "[" + CROCKFORD + "]{4}(-[" + CROCKFORD + "]{4}){3}";

    /** A few fixed references: the same every run, so a failure can be replayed. */
    static Stream<Reference> someReferences() {
        Random random = new Random(20_250_301L);
        return IntStream.range(0, 5).mapToObj(i -> Reference.generate(random));
    }

    /** A valid reference built from chosen data symbols. */
    private static String withCheckSymbol(String data) {
        return data + Reference.checkSymbol(data);
    }

    @Nested
    @DisplayName("generation")
    class Generation {

        @Test
        @DisplayName("gives sixteen symbols shown in four groups of four")
        void sixteenSymbolsInGroupsOfFour() {
            // Arrange
            Random random = new Random(1);

            // Act
            Reference reference = Reference.generate(random);

            // Assert
            assertThat(reference.compact()).hasSize(16);
            assertThat(reference.display()).matches(DISPLAY_FORM);
            assertThat(reference.display().replace("-", "")).isEqualTo(reference.compact());
            assertThat(reference).hasToString(reference.display());
        }

        @Test
        @DisplayName("uses only the Crockford alphabet, never I, L, O or U")
        void usesOnlyCrockfordAlphabet() {
            // Arrange
            Random random = new Random(2);

            // Act
            List<String> symbols = IntStream.range(0, 2_000)
                    .mapToObj(i -> Reference.generate(random).compact())
                    .toList();

            // Assert
            assertThat(symbols).allSatisfy(s -> assertThat(s).matches("[" + CROCKFORD + "]{16}"));
            assertThat(String.join("", symbols)).doesNotContain("I", "L", "O", "U");
        }

        @Test
        @DisplayName("uses every symbol of the alphabet, so all 75 random bits are used")
        void usesEverySymbol() {
            // Arrange
            Random random = new Random(3);

            // Act
            Set<Character> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                Reference.generate(random).compact().chars().forEach(c -> seen.add((char) c));
            }

            // Assert
            assertThat(seen).hasSize(32);
        }

        @Test
        @DisplayName("always parses back to itself, from either form")
        void alwaysParsesBack() {
            // Arrange
            Random random = new Random(4);

            // Act / Assert
            for (int i = 0; i < 2_000; i++) {
                Reference reference = Reference.generate(random);
                assertThat(Reference.parse(reference.display())).isEqualTo(reference);
                assertThat(Reference.parse(reference.compact())).isEqualTo(reference);
            }
        }

        @Test
        @DisplayName("gives distinct values")
        void distinctValues() {
            // Arrange
            Random random = new Random(5);

            // Act
            Set<Reference> references = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                references.add(Reference.generate(random));
            }

            // Assert
            assertThat(references).hasSize(10_000);
        }

        @Test
        @DisplayName("from the secure random source also gives valid, distinct references")
        void secureGeneration() {
            // Act
            List<Reference> references = IntStream.range(0, 50).mapToObj(i -> Reference.generate()).toList();

            // Assert
            assertThat(references).doesNotHaveDuplicates();
            assertThat(references).allSatisfy(r -> assertThat(Reference.parse(r.display())).isEqualTo(r));
        }
    }

    @Nested
    @DisplayName("parsing")
    class Parsing {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.recourse.intake.ReferenceTest#someReferences")
        @DisplayName("accepts any case, spaces and dashes")
        void acceptsAnyCaseAndSeparators(Reference reference) {
            // Arrange
            String compact = reference.compact();
            List<String> typed = List.of(
                    compact.toLowerCase(Locale.ROOT),
                    reference.display().toLowerCase(Locale.ROOT),
                    "  " + compact.substring(0, 4) + " " + compact.substring(4, 8) + " " + compact.substring(8, 12)
                            + " " + compact.substring(12) + "  ",
                    compact.substring(0, 8) + "--" + compact.substring(8),
                    compact.substring(0, 4) + "\u00A0" + compact.substring(4, 8) + "\t" + compact.substring(8));

            // Act / Assert
            assertThat(typed).allSatisfy(input -> assertThat(Reference.parse(input)).isEqualTo(reference));
        }

        @Test
        @DisplayName("reads O as 0 and I or L as 1, in either case")
        void readsLookAlikes() {
            // Arrange
            String valid = withCheckSymbol("0011ABCDEFGHJK0");
            Reference expected = Reference.parse(valid);

            // Act
            Reference typedWithLetters = Reference.parse("OoIl" + valid.substring(4, 14) + "o" + valid.substring(15));

            // Assert
            assertThat(typedWithLetters).isEqualTo(expected);
            assertThat(typedWithLetters.compact()).isEqualTo(valid);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {
                "   ",
                "K7QM-2XHD-9RTB-F4W",          // 15 symbols
                "K7QM-2XHD-9RTB-F4W8X",        // 17 symbols
                "K7QM-2XHD-9RTB-F4WU",         // U is not in the alphabet
                "K7QM-2XHD-9RTB-F4W*",         // nor are Crockford's check symbols
                "K7QM_2XHD_9RTB_F4W8",         // underscores are not separators
                "K7QM.2XHD.9RTB.F4W8",
                "K7QM-2XHD-9RTB-F4WÉ",
                "https://example.org/report",
                "<script>alert(1)</script>"
        })
        @DisplayName("calls wrong lengths and foreign symbols malformed")
        void malformed(String input) {
            // Act
            InvalidReferenceException refused = catchThrowableOfType(InvalidReferenceException.class,
                    () -> Reference.parse(input));

            // Assert
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(InvalidReferenceException.Reason.MALFORMED);
            assertThat(refused).hasMessage("That is not a reference number.");
        }

        @Test
        @DisplayName("calls a valid reference with one symbol too many malformed")
        void oneSymbolTooMany() {
            // Arrange
            String valid = Reference.generate(new Random(6)).compact();

            // Act / Assert
            assertThatThrownBy(() -> Reference.parse(valid + "0"))
                    .isInstanceOfSatisfying(InvalidReferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidReferenceException.Reason.MALFORMED));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.recourse.intake.ReferenceTest#someReferences")
        @DisplayName("catches every single-symbol substitution, at every position")
        void catchesEverySubstitution(Reference reference) {
            // Arrange
            char[] original = reference.compact().toCharArray();
            List<String> missed = new ArrayList<>();
            int tried = 0;

            // Act
            for (int position = 0; position < original.length; position++) {
                for (char symbol : CROCKFORD.toCharArray()) {
                    if (symbol == original[position]) {
                        continue;
                    }
                    char[] typo = original.clone();
                    typo[position] = symbol;
                    tried++;
                    InvalidReferenceException.Reason reason = reasonFor(new String(typo));
                    if (reason != InvalidReferenceException.Reason.CHECK_FAILED) {
                        missed.add(new String(typo) + " -> " + reason);
                    }
                }
            }

            // Assert
            assertThat(tried).isEqualTo(16 * 31);
            assertThat(missed).isEmpty();
        }

        @Test
        @DisplayName("catches almost every swap of two neighbouring symbols")
        void catchesAlmostEveryTransposition() {
            // Arrange
            Random random = new Random(7);
            int swaps = 0;
            int caught = 0;

            // Act
            for (int i = 0; i < 1_000; i++) {
                char[] original = Reference.generate(random).compact().toCharArray();
                for (int position = 0; position < original.length - 1; position++) {
                    if (original[position] == original[position + 1]) {
                        continue;
                    }
                    char[] swapped = original.clone();
                    swapped[position] = original[position + 1];
                    swapped[position + 1] = original[position];
                    swaps++;
                    if (reasonFor(new String(swapped)) == InvalidReferenceException.Reason.CHECK_FAILED) {
                        caught++;
                    }
                }
            }

            // Assert
            assertThat(swaps).isGreaterThan(12_000);
            assertThat((double) caught / swaps).isGreaterThan(0.99);
        }

        @Test
        @DisplayName("explains a typo differently from something that is not a reference")
        void typoMessage() {
            // Arrange
            char[] typo = Reference.generate(new Random(8)).compact().toCharArray();
            typo[3] = typo[3] == 'A' ? 'B' : 'A';

            // Act / Assert
            assertThatThrownBy(() -> Reference.parse(new String(typo)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The reference has a typo: its check symbol does not match.");
        }

        private static InvalidReferenceException.Reason reasonFor(String input) {
            try {
                Reference.parse(input);
                return null;
            } catch (InvalidReferenceException e) {
                return e.reason();
            }
        }
    }

    @Test
    @DisplayName("is equal by its symbols")
    void equality() {
        // Arrange
        Reference reference = Reference.generate(new Random(9));

        // Act
        Reference same = Reference.parse(reference.compact().toLowerCase(Locale.ROOT));
        Reference other = Reference.generate(new Random(10));

        // Assert
        assertThat(same).isEqualTo(reference).hasSameHashCodeAs(reference);
        assertThat(other).isNotEqualTo(reference);
    }
}
