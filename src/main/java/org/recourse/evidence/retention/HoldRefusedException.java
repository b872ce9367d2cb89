package org.recourse.evidence.retention;

import java.util.List;
import org.recourse.platform.validation.FieldProblem;

/**
 * A hold, release or shred the rules refuse: who asked may not, or what they typed is wrong (every field problem at
 * once). Nothing is stored when it is thrown.
 */
public class HoldRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /** A refusal of the whole action; the message is a messages key. */
    public HoldRefusedException(String messageKey) {
        this(List.of(FieldProblem.of("", messageKey)));
    }

    /** A refusal of what was typed, field by field. */
    public HoldRefusedException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).messageKey());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    /** The first problem's messages key. */
    public String messageKey() {
        return getMessage();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
