package org.recourse.screening.banks.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.screening.banks.SurvivorProtection;

/**
 * The words of /hash's result that a survivor keeps: what happens to copies already on the platform, and the text file
 * with the reference. Kept apart from the page's bean so that a unit test reads them without a container.
 */
final class HashReceipt {

    private HashReceipt() {
    }

    /** Copies already up are searched for and hidden only while the fingerprint holds or blocks; null otherwise. */
    static String copies(SurvivorProtection protection, Messages messages) {
        return switch (protection) {
            case HOLDING, BLOCKING -> messages.get("hash.copies." + protection.name());
            case AWAITING_CHECK, NOT_IN_USE -> null;
        };
    }

    /** The file: the reference, what it does now, what to do next and whom to contact; lines end in CRLF. */
    static String text(String reference, SurvivorProtection protection, PortalSettings.Contact contact,
            Messages messages) {
        StringBuilder text = new StringBuilder()
                .append(messages.get("hash.file.title")).append("\r\n\r\n")
                .append(messages.get("receipt.file.reference", reference)).append("\r\n\r\n")
                .append(messages.get("hash.done." + protection.name())).append("\r\n");
        String copies = copies(protection, messages);
        if (copies != null) {
            text.append(copies).append("\r\n");
        }
        text.append("\r\n")
                .append(messages.get("status.next.hash." + protection.name(), contact.team(), contact.email()))
                .append("\r\n\r\n")
                .append(messages.get("receipt.file.contact", contact.team(), contact.email())).append("\r\n");
        if (contact.phone() != null) {
            text.append(contact.phone()).append("\r\n");
        }
        if (contact.hours() != null) {
            text.append(contact.hours()).append("\r\n");
        }
        return text.append("\r\n").append(messages.get("receipt.file.keep")).append("\r\n").toString();
    }

    /** A {@code data:} address of the text, UTF-8 and percent-encoded (spaces as %20, not +). */
    static String dataHref(String text) {
        return "data:text/plain;charset=utf-8," + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
