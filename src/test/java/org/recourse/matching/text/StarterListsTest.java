package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@DisplayName("StarterLists")
class StarterListsTest {

    /** At least one example for every English starter rule, written the way abusers write them. */
    static final List<String> ENGLISH_ABUSE = List.of(
            "I'll kill you.", "im gonna hurt u", "I'm going to rape you", "You deserve to die.", "I will hunt you down.",
            "Im gonna burn your house", "I'll make you suffer", "You're going to pay for what you did",
            "You better watch your back", "I will really kill you", "You'll regret reporting me",
            "Take it down or else.", "Keep your mouth shut or else.", "I know where you live",
            "1 kn0w wh3r3 u l1v3", "We know where your kids go to school.", "I know what time you leave work",
            "I found your address", "I'm going to post your address", "Everyone will know where you live",
            "Her address is 42 Elm Street", "Her number is 514 555 0199", "I'll share your nudes",
            "Everyone will see your nudes", "I still have your nudes", "Pay me or I'll post them",
            "$end nud3s", "I wanna see you naked", "Show me your boobs", "You deserved what happened to you",
            "You were asking for it", "No one will ever believe you", "What happened to you was your own fault");

    /** At least one example for every French starter rule, Québécois usage included. */
    static final List<String> FRENCH_ABUSE = List.of(
            "Je vais te tuer", "M'as te tuer", "Je vais te violer", "Tu mérites de mourir", "Je vais finir par te retrouver",
            "Tu peux pas te cacher de moi", "On va brûler ton char", "Tu vas payé pour ce que tu as fait",
            "Tu vas me le payer", "Je vais vraiment te tuer", "Tu vas regretter d'avoir porté plainte",
            "Retire ta plainte sinon...", "Dis rien à personne sinon", "Je sais où tu restes", "j'sais ou tu habites",
            "Je sais où vont tes enfants", "Je sais à quelle heure tu finis", "Je te surveille jour et nuit",
            "Je connais ton adresse", "Je vais publier ton adresse", "Tout le monde va savoir où tu restes",
            "Son adresse c'est le 1234 rue Sherbrooke", "Son numéro c'est le 514 555 0199", "Je vais partager tes nudes",
            "Ta mère va voir tes photos intimes", "J'ai encore tes nudes", "Paye ou je publie tout",
            "Envoie-moi des nudes", "Je veux te voir toute nue", "Montre-moi tes seins", "Tu méritais ce qui t'est arrivé",
            "Ce qui t'est arrivé, c'est de ta faute", "Personne va te croire");

    static final List<String> ORDINARY = concat(OrdinarySentences.ENGLISH, OrdinarySentences.FRENCH);

    private static final PhraseScreener SCREENER = StarterLists.screener();

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    @DisplayName("parse into 20 to 40 rules a language, named after their list and line")
    void sizes() {
        // Act
        List<Rule> english = StarterLists.english();
        List<Rule> french = StarterLists.french();

        // Assert
        assertThat(english).hasSizeBetween(20, 40).allSatisfy(rule -> {
            assertThat(rule.list()).isEqualTo(StarterLists.ENGLISH);
            assertThat(rule.language()).isEqualTo(Language.EN);
            assertThat(rule.id()).matches("starter-en:\\d+");
        });
        assertThat(french).hasSizeBetween(20, 40).allSatisfy(rule -> {
            assertThat(rule.list()).isEqualTo(StarterLists.FRENCH);
            assertThat(rule.language()).isEqualTo(Language.FR);
        });
        assertThat(StarterLists.all()).hasSize(english.size() + french.size());
    }

    @Test
    @DisplayName("every English rule blocks at least one of the English examples")
    void everyEnglishRuleMatches() {
        // Act
        Set<String> matched = matchedRuleIds(ENGLISH_ABUSE);

        // Assert
        assertThat(matched).containsAll(StarterLists.english().stream().map(Rule::id).toList());
    }

    @Test
    @DisplayName("every French rule blocks at least one of the French examples")
    void everyFrenchRuleMatches() {
        // Act
        Set<String> matched = matchedRuleIds(FRENCH_ABUSE);

        // Assert
        assertThat(matched).containsAll(StarterLists.french().stream().map(Rule::id).toList());
    }

    @ParameterizedTest
    @FieldSource({"ENGLISH_ABUSE", "FRENCH_ABUSE"})
    @DisplayName("block each example")
    void blocksExamples(String text) {
        // Act
        TextVerdict verdict = SCREENER.screen(text);

        // Assert
        assertThat(verdict.isBlocked()).as("blocked: %s", text).isTrue();
    }

    @ParameterizedTest
    @FieldSource("ORDINARY")
    @DisplayName("allow each ordinary sentence")
    void allowsOrdinarySentences(String text) {
        // Act
        TextVerdict verdict = SCREENER.screen(text);

        // Assert
        assertThat(verdict.matches()).as("no rule should match: %s", text).isEmpty();
    }

    private static Set<String> matchedRuleIds(List<String> texts) {
        Set<String> ids = new HashSet<>();
        for (String text : texts) {
            SCREENER.screen(text).matches().forEach(match -> ids.add(match.ruleId()));
        }
        return ids;
    }
}
