package org.recourse.appeals;

import java.util.Objects;

/** An appeal rule said no; {@link #refusal()} says which, for the page or problem document. */
public class AppealRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AppealRefusal refusal;

    public AppealRefusedException(AppealRefusal refusal) {
        super(Objects.requireNonNull(refusal).name());
        this.refusal = refusal;
    }

    public AppealRefusal refusal() {
        return refusal;
    }
}
