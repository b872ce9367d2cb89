package org.recourse.screening.policy;

import java.util.List;

/** A draft rule or version an admin cannot publish: each problem is a message key (its argument is the rule's name). */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String rule;
    private final transient List<String> problems;

    public InvalidPolicyException(String rule, List<String> problems) {
        super(rule + ": " + String.join(", ", problems));
        this.rule = rule;
        this.problems = List.copyOf(problems);
    }

    /** The rule the problems are about, or null for the version as a whole. */
    public String rule() {
        return rule;
    }

    public List<String> problems() {
        return problems;
    }
}
