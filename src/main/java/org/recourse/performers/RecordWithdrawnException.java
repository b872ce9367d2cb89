package org.recourse.performers;

/** The record was withdrawn: no content may be linked to it any more, and it needs no new reference. */
public class RecordWithdrawnException extends RuntimeException {

    public RecordWithdrawnException(String recordId) {
        super("Performer record " + recordId + " was withdrawn.");
    }
}
