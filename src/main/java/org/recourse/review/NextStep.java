package org.recourse.review;

import java.util.Optional;
import org.recourse.cases.Reviewer;

/**
 * Where "Record and take next" goes after a decision: to the next item of the same case still waiting for this
 * reviewer's decision (a case is finished before another is taken), and only when none is left to the most urgent
 * case of the queue ({@link org.recourse.triage.TriageService#takeNext}, which claims it).
 */
public record NextStep(Long itemOnThisCase) {

    /** Take the most urgent case of the queue. */
    public static final NextStep NEXT_CASE = new NextStep(null);

    /** The step after a decision, over the case as it reads once the decision is recorded. */
    public static NextStep after(CaseView view, Reviewer reviewer) {
        if (view == null || !view.mayDecide(reviewer)) {
            return NEXT_CASE;
        }
        return view.items().stream().filter(item -> !item.isDecided()).findFirst()
                .map(item -> new NextStep(item.id())).orElse(NEXT_CASE);
    }

    /** The undecided item of this case to go on with, if any. */
    public Optional<Long> item() {
        return Optional.ofNullable(itemOnThisCase);
    }
}
