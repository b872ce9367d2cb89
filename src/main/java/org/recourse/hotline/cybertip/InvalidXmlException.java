package org.recourse.hotline.cybertip;

/** A document (ours before sending, or one the service served) that is not what the schema allows. */
public class InvalidXmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidXmlException(String message) {
        super(message);
    }
}
