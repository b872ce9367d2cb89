package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PhraseScreener")
class PhraseScreenerTest {

    @Nested
    @DisplayName("verdicts")
    class Verdicts {

        @Test
        @DisplayName("allows a text no rule matches, with no matches")
        void allow() {
            // Arrange
            PhraseScreener screener = TestRules.terms("i will kill you");

            // Act
            TextVerdict verdict = screener.screen("I will kill this bug in the code.");

            // Assert
            assertThat(verdict.decision()).isEqualTo(TextVerdict.Decision.ALLOW);
            assertThat(verdict.matches()).isEmpty();
            assertThat(verdict.isComplete()).isTrue();
        }

        @Test
        @DisplayName("blocks with each matched rule's id, label and list, in the order of the text")
        void block() {
            // Arrange
            PhraseScreener screener = PhraseScreener.of(List.of(
                    Rule.term("a", "mine", Language.EN, "stalking", "i know where you live"),
                    Rule.pattern("b", "theirs", Language.EN, "doxxing", "\\baddress is \\d+"),
                    Rule.term("c", "mine", Language.EN, "threat", "kill you")));

            // Act
            TextVerdict verdict = screener.screen("Her address is 12 Elm. I know where you live. I know where you live.");

            // Assert
            assertThat(verdict.decision()).isEqualTo(TextVerdict.Decision.BLOCK);
            assertThat(verdict.matches()).extracting(RuleMatch::ruleId, RuleMatch::label, RuleMatch::list, RuleMatch::matchedText)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("b", "doxxing", "theirs", "address is 12"),
                            org.assertj.core.groups.Tuple.tuple("a", "stalking", "mine", "I know where you live"));
        }

        @Test
        @DisplayName("reports the span of the text as written: look-alikes, accents, invisible characters and repeats included")
        void spanInOriginal() {
            // Arrange
            PhraseScreener screener = TestRules.terms("je sais où tu restes", "kill you");
            String text = "Alors 𝐉𝐄 s\u200Bais ou\u0300 tu réééstes, ok? And k.i.l.l yoooou!";

            // Act
            TextVerdict verdict = screener.screen(text);

            // Assert
            assertThat(verdict.matches()).hasSize(2);
            RuleMatch french = verdict.matches().get(0);
            assertThat(french.span()).isEqualTo(new Span(text.indexOf("𝐉"), text.indexOf(", ok")));
            assertThat(french.matchedText()).isEqualTo("𝐉𝐄 s\u200Bais ou\u0300 tu réééstes");
            assertThat(verdict.matches().get(1).matchedText()).isEqualTo("k.i.l.l yoooou");
        }

        @Test
        @DisplayName("screens null and empty text as allowed")
        void nothing() {
            // Arrange
            PhraseScreener screener = TestRules.terms("kill");

            // Act, Assert
            assertThat(screener.screen(null).isBlocked()).isFalse();
            assertThat(screener.screen("").isBlocked()).isFalse();
            assertThat(PhraseScreener.of(List.of()).screen("kill").isBlocked()).isFalse();
        }

        @Test
        @DisplayName("screens text longer than the limit in full")
        void longText() {
            // Arrange
            PhraseScreener screener = StarterLists.screener();
            String text = "An ordinary sentence about gardens. ".repeat(2_000) + "I know where you live.";

            // Act
            TextVerdict verdict = screener.screen(text);

            // Assert
            assertThat(text.length()).isGreaterThan(PhraseScreener.MAX_TEXT_LENGTH);
            assertThat(verdict.isBlocked()).isTrue();
            assertThat(verdict.matches().get(0).span().start()).isEqualTo(text.length() - 22);
        }
    }

    @Nested
    @DisplayName("building")
    class Building {

        @Test
        @DisplayName("refuses two rules with the same id")
        void duplicateIds() {
            // Arrange
            List<Rule> rules = List.of(TestRules.term("x", "kill you"), TestRules.pattern("x", "\\bhurt\\b"));

            // Act, Assert
            assertThatThrownBy(() -> PhraseScreener.of(rules)).hasMessage("Two rules have the id \"x\"; ids must be unique.");
        }

        @Test
        @DisplayName("keeps only one language's rules and those for any language when asked")
        void onlyLanguage() {
            // Arrange
            PhraseScreener screener = PhraseScreener.of(List.of(
                    Rule.term("en", "l", Language.EN, "x", "kill you"),
                    Rule.term("fr", "l", Language.FR, "x", "te tuer"),
                    Rule.term("any", "l", Language.ANY, "x", "boom")));

            // Act
            PhraseScreener french = screener.only(Language.FR);

            // Assert
            assertThat(french.rules()).extracting(Rule::id).containsExactly("fr", "any");
            assertThat(french.screen("kill you").isBlocked()).isFalse();
            assertThat(french.screen("je vais te tuer").isBlocked()).isTrue();
            assertThat(screener.rules()).hasSize(3);
        }

        @Test
        @DisplayName("screens with a few thousand terms in one pass (time printed, not asserted)")
        void manyTerms() {
            // Arrange
            Random random = new Random(6);
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                rules.add(TestRules.term("t" + i, randomWord(random) + " " + randomWord(random) + " " + randomWord(random)));
            }
            rules.add(TestRules.term("needle", "i know where you live"));
            long buildStart = System.nanoTime();
            PhraseScreener screener = PhraseScreener.of(rules);
            long built = System.nanoTime();
            String text = ("the quick brown fox jumps over the lazy dog and k1ll!ng t1me is 0k " + randomWord(random) + " ")
                    .repeat(140).substring(0, 9_900) + " i know where you live";

            // Act
            TextVerdict verdict = null;
            long screenStart = System.nanoTime();
            for (int run = 0; run < 20; run++) {
                verdict = screener.screen(text);
            }
            long screened = System.nanoTime();

            // Assert
            System.out.printf("3,001 terms built in %d ms; a %,d-character text screened in %.1f ms on average%n",
                    (built - buildStart) / 1_000_000, text.length(), (screened - screenStart) / 20 / 1e6);
            assertThat(verdict.matches()).extracting(RuleMatch::ruleId).contains("needle");
        }

        private static String randomWord(Random random) {
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < 3 + random.nextInt(6); k++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }
    }

    @Nested
    @DisplayName("robustness")
    class Robustness {

        @Test
        @DisplayName("never throws on random Unicode, unpaired surrogates and control characters included")
        void fuzz() {
            // Arrange
            PhraseScreener screener = StarterLists.screener();
            Random random = new Random(20_240_608);

            // Act, Assert
            for (int run = 0; run < 3_000; run++) {
                String text = randomText(random, random.nextInt(run % 100 == 0 ? 12_000 : 300));
                TextVerdict verdict = screener.screen(text);
                for (RuleMatch match : verdict.matches()) {
                    assertThat(match.span().end()).isLessThanOrEqualTo(text.length());
                    assertThat(match.matchedText()).isEqualTo(match.span().of(text));
                }
            }
        }

        @Test
        @DisplayName("gives every thread the same verdicts from one shared screener")
        void threads() throws Exception {
            // Arrange
            PhraseScreener screener = StarterLists.screener();
            List<String> texts = List.of("I know where you live", "je sais où tu restes", "Nice weather today", "s3nd n00dz");
            List<Boolean> expected = texts.stream().map(text -> screener.screen(text).isBlocked()).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                // Act
                List<Future<List<Boolean>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        List<Boolean> seen = new ArrayList<>();
                        for (int run = 0; run < 200; run++) {
                            seen.add(screener.screen(texts.get(run % texts.size())).isBlocked());
                        }
                        return seen;
                    }));
                }

                // Assert
                for (Future<List<Boolean>> result : results) {
                    List<Boolean> seen = result.get();
                    for (int run = 0; run < seen.size(); run++) {
                        assertThat(seen.get(run)).isEqualTo(expected.get(run % texts.size()));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /** Mostly letters and spaces with stand-ins, marks, invisible characters, surrogates (paired or not) and any char. */
        private static String randomText(Random random, int length) {
            String pieces = "aeiklouy 1!|@$0.-_'’\u200B\u00AD\u0301\uFE0Fßİıкοｋ𝐤\n";
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append((char) random.nextInt(0x10000));
                    case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                    case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                    default -> {
                        int at = random.nextInt(pieces.length());
                        text.append(pieces.charAt(at));
                    }
                }
            }
            return text.toString();
        }
    }
}
