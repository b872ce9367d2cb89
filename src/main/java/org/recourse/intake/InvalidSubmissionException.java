package org.recourse.intake;

import org.recourse.platform.validation.FieldProblem;
import java.util.List;

/** A submission that cannot be filed as it is; nothing was stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidSubmissionException(List<FieldProblem> problems) {
        super("The report has " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
