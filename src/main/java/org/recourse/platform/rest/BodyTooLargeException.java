package org.recourse.platform.rest;

import jakarta.ws.rs.WebApplicationException;

/** A request body larger than the resource accepts; answered with 413. */
public class BodyTooLargeException extends WebApplicationException {

    public BodyTooLargeException() {
        super(413);
    }
}
