package org.recourse.screening.bans;

import java.time.LocalDate;
import java.util.List;

/**
 * What account screening asks of the signals partners shared (implemented by {@code screening.partners}, which sits
 * above bans: an interface here keeps the rooms free of a loop). A match never refuses an account: it asks for review.
 */
public interface PartnerSignalCheck {

    /** The account's identifiers as the platform holds them, used only to hash them here and never stored. */
    record AccountIdentifiers(String email, String phone, String username) {

        public static final AccountIdentifiers NONE = new AccountIdentifiers(null, null, null);

        public boolean isEmpty() {
            return email == null && phone == null && username == null;
        }
    }

    /** A partner's signal that matched: whose, why (the partner's reason category), on what, and since when. */
    record PartnerMatch(String partner, String reasonCategory, String signal, LocalDate bannedOn) {
    }

    /** The identifiers given that are not one of their kind (their field names, e.g. {@code phone}). */
    List<String> invalid(AccountIdentifiers identifiers);

    /**
     * The signals of enabled partnerships that match the account: its identifiers as given, and those the platform
     * gave with the items of {@code uploaderId} (null: none).
     */
    List<PartnerMatch> matches(String uploaderId, AccountIdentifiers identifiers);
}
