package org.recourse.appeals;

/** A decision already has its appeal (DSA art. 20 gives one per decision): the answer is 409 with that appeal. */
public class DuplicateAppealException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String existingReference;

    public DuplicateAppealException(String existingReference) {
        super("This decision was appealed already: " + existingReference);
        this.existingReference = existingReference;
    }

    public String existingReference() {
        return existingReference;
    }
}
