package org.recourse.hotline;

/**
 * A delivery that did not go through: whether it may pass later (the hotline down, a timeout) or never will as it is
 * (the hotline refused what we sent, or a person retracted it meanwhile).
 */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;
    private final HotlineProblem problem;

    public DeliveryFailure(HotlineProblem problem, String reason, boolean transientFailure) {
        super(reason);
        this.problem = problem;
        this.transientFailure = transientFailure;
    }

    /** What kind of failure it was, for the admin page. */
    public HotlineProblem problem() {
        return problem;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
