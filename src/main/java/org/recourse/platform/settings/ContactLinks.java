package org.recourse.platform.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The contact block's addresses as links a phone opens with one tap: {@code mailto:} for the mail address and
 * {@code tel:} for the phone number. Settings are written by the operator, but a link is still built so that no
 * character of it can do more than name the address (no {@code ?subject=}, no second recipient, no script).
 */
final class ContactLinks {

    private ContactLinks() {
    }

    /** {@code mailto:} and the address, every character outside the address's own alphabet percent-encoded. */
    static String mailto(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return null;
        }
        return "mailto:" + encode(address.substring(0, at)) + "@" + encode(address.substring(at + 1));
    }

    /**
     * {@code tel:} and the number as dialled: its digits, with a leading + kept when the setting starts with one
     * ("+1 (555) 0100" becomes {@code tel:+15550100}). Null when there are fewer than three digits to dial.
     */
    static String tel(String phone) {
        if (phone == null) {
            return null;
        }
        String stripped = phone.strip();
        StringBuilder digits = new StringBuilder();
        stripped.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        if (digits.length() < 3 || digits.length() > 20) {
            return null;
        }
        return "tel:" + (stripped.startsWith("+") ? "+" : "") + digits;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
