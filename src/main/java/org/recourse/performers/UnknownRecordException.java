package org.recourse.performers;

/** No record has this id. */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String recordId) {
        super("No performer record " + recordId + ".");
    }
}
