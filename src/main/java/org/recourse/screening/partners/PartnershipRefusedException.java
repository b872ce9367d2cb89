package org.recourse.screening.partners;

/** An admin's change to partnerships refused, with the message key the page shows; nothing is stored. */
public class PartnershipRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public PartnershipRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
