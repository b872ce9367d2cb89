package org.recourse.matching.text;

import java.util.List;

/** A rule list with lines that cannot be read; {@link #problems()} has one entry per bad line, naming its number. */
public class RuleListFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RuleListFormatException(String list, List<String> problems) {
        super("The rule list " + list + " has " + problems.size() + (problems.size() == 1 ? " bad line" : " bad lines")
                + ":\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per bad line, each starting "line N: ". */
    public List<String> problems() {
        return problems;
    }
}
