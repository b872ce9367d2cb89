package org.recourse.matching.text;

import java.util.Objects;

/** A rule that matched, where it matched in the text as given, and the words it matched there. */
public record RuleMatch(Rule rule, Span span, String matchedText) {

    public RuleMatch {
        Objects.requireNonNull(rule, "The matched rule is required.");
        Objects.requireNonNull(span, "The matched span is required.");
        Objects.requireNonNull(matchedText, "The matched text is required.");
    }

    public String ruleId() {
        return rule.id();
    }

    public String label() {
        return rule.label();
    }

    public String list() {
        return rule.list();
    }
}
