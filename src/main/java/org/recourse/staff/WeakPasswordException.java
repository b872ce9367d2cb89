package org.recourse.staff;

/** A new password that does not meet the rules; the message is a key of the resource bundle. */
public class WeakPasswordException extends IllegalArgumentException {

    public WeakPasswordException(String messageKey) {
        super(messageKey);
    }
}
