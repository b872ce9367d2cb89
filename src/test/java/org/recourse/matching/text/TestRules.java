package org.recourse.matching.text;

import java.util.ArrayList;
import java.util.List;

/** Small screeners for tests: term rules with ids {@code t1, t2, ...} in the list {@code test}. */
final class TestRules {

    private TestRules() {
    }

    static Rule term(String id, String phrase) {
        return Rule.term(id, "test", Language.ANY, "test", phrase);
    }

    static Rule pattern(String id, String regex) {
        return Rule.pattern(id, "test", Language.ANY, "test", regex);
    }

    static PhraseScreener terms(String... phrases) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < phrases.length; i++) {
            rules.add(term("t" + (i + 1), phrases[i]));
        }
        return PhraseScreener.of(rules);
    }

    static PhraseScreener patterns(String... regexes) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < regexes.length; i++) {
            rules.add(pattern("p" + (i + 1), regexes[i]));
        }
        return PhraseScreener.of(rules);
    }
}
