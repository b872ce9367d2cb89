package org.recourse.matching.text;

import java.util.List;

/**
 * What screening decided about one text: {@link Decision#BLOCK} when at least one rule matched, with every rule that
 * matched (each once, at its first match, in the order of the text); otherwise {@link Decision#ALLOW}.
 *
 * <p>{@link #unevaluated()} lists the patterns that ran out of their read budget ({@link BudgetedText}) and so could not
 * say. They do not block by themselves: a caller that must fail closed can hold such texts for a person to read.
 */
public record TextVerdict(Decision decision, List<RuleMatch> matches, List<Rule> unevaluated) {

    /** The two outcomes. */
    public enum Decision { ALLOW, BLOCK }

    public TextVerdict {
        matches = List.copyOf(matches);
        unevaluated = List.copyOf(unevaluated);
        if ((decision == Decision.BLOCK) == matches.isEmpty()) {
            throw new IllegalArgumentException("A text is blocked exactly when a rule matched it.");
        }
    }

    /** The verdict for these matches: BLOCK if there are any. */
    static TextVerdict of(List<RuleMatch> matches, List<Rule> unevaluated) {
        return new TextVerdict(matches.isEmpty() ? Decision.ALLOW : Decision.BLOCK, matches, unevaluated);
    }

    public boolean isBlocked() {
        return decision == Decision.BLOCK;
    }

    /** Whether every rule could be evaluated. */
    public boolean isComplete() {
        return unevaluated.isEmpty();
    }
}
