package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A reporter follows the link in a mail: their address is deleted at once, with every link and unsent mail. */
@ApplicationScoped
public class ContactWithdrawal {

    @Inject
    ContactLinks links;

    @Inject
    ContactEraser eraser;

    /** Whether the link can still be used; asked before the reporter confirms. */
    @Transactional
    public boolean isValid(String token) {
        return links.reportFor(token).isPresent();
    }

    /** Deletes the address the link was sent to; false if the link was used already or never existed. */
    @Transactional
    public boolean withdraw(String token) {
        return links.reportFor(token).map(report -> {
            eraser.erase(report, "reporter", "consent withdrawn");
            return true;
        }).orElse(false);
    }
}
