package org.recourse.screening.partners;

import java.util.Objects;

/** A partner's file refused, with why and, for a bad line, its number (1-based; 0 for the file as a whole). */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;
    private final int line;

    public FileRefusedException(Refusal refusal, int line, String detail) {
        super(detail);
        this.refusal = Objects.requireNonNull(refusal);
        this.line = line;
    }

    public FileRefusedException(Refusal refusal, String detail) {
        this(refusal, 0, detail);
    }

    public Refusal refusal() {
        return refusal;
    }

    public int line() {
        return line;
    }
}
