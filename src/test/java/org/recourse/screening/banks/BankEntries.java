package org.recourse.screening.banks;

import java.time.Instant;
import org.recourse.testing.Wiring;

/** Bank entries for tests of other rooms (the sweep), made as the banks make them, with the ids a database would give. */
public final class BankEntries {

    private static final Instant AT = Instant.parse("2026-12-10T09:00:00Z");

    private BankEntries() {
    }

    /** A partner bank of this name with this id (untrusted, holding sexual images of children). */
    public static HashBank partner(long id, String name) {
        HashBank bank = HashBank.partner(name, BankPurpose.CHILD_SEXUAL_IMAGERY, "a partner's export",
                TrustLevel.UNTRUSTED, "sam", AT);
        Wiring.set(bank, "id", id);
        return bank;
    }

    /** A bank of this purpose with this id. */
    public static HashBank bank(long id, BankPurpose purpose) {
        HashBank bank = new HashBank();
        Wiring.set(bank, "id", id);
        Wiring.set(bank, "name", purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        Wiring.set(bank, "purpose", purpose);
        return bank;
    }

    /** A confirmed entry staff put in (a removal of {@code originalCase}, or, with null, an import). */
    public static BankEntry confirmed(long id, HashBank bank, HashType type, String value, String originalCase) {
        BankEntry entry = new BankEntry(bank, type, value, null, originalCase == null ? "import of a file"
                : "removed in case " + originalCase, originalCase, "sam", AT);
        Wiring.set(entry, "id", id);
        return entry;
    }

    /** A survivor's unconfirmed entry, brought by submission {@code submissionId}. */
    public static BankEntry submitted(long id, HashBank bank, HashType type, String value, long submissionId) {
        BankEntry entry = BankEntry.submitted(bank, type, value, submissionId, AT);
        Wiring.set(entry, "id", id);
        return entry;
    }

    /** Disables it, as a supervisor does on the bank page. */
    public static BankEntry disabled(BankEntry entry) {
        entry.disable("sam", AT);
        return entry;
    }
}
