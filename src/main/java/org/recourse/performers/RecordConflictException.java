package org.recourse.performers;

/** The record id is registered already with other facts: a record is never edited; a new consent is a new record. */
public class RecordConflictException extends RuntimeException {

    public RecordConflictException(String recordId) {
        super("Record " + recordId + " is registered with other facts.");
    }
}
