package org.recourse.screening.banks.web;

import org.recourse.platform.i18n.Messages;
import org.recourse.screening.banks.EntryState;
import org.recourse.screening.banks.HashBanks;

/**
 * A bank entry in words for the bank page: where it came from and where its review stands. The database keeps
 * English sources for the audit log and exports; the page says the same in the reader's language.
 */
final class EntryText {

    private EntryText() {
    }

    /** A survivor's submission (by number), a removal's case, by hand, or the import's own source (and partner id). */
    static String source(HashBanks.Row row, Messages messages) {
        if (row.sourceRef() != null) {
            return messages.get("staff.banks.source.partner", row.source(), row.sourceRef());
        }
        if (row.submission() != null) {
            return messages.get("staff.banks.source.submission", row.submission());
        }
        if (row.originalCase() != null) {
            return messages.get("staff.banks.source.case", row.originalCase());
        }
        return row.source().startsWith("added by ") ? messages.get("staff.banks.source.byHand") : row.source();
    }

    /** Who added it: a staff member's name, or "a survivor" in words. */
    static String addedBy(HashBanks.Row row, Messages messages) {
        return "survivor".equals(row.addedBy()) ? messages.get("staff.banks.addedBy.survivor") : row.addedBy();
    }

    /** Its review state, whether it is disabled, and once a decision settled it: by whom, on which case, and why. */
    static String state(HashBanks.Row row, Messages messages) {
        // A trusted partner's entry nobody here has reviewed blocks, though its state is the survivors' "unconfirmed".
        String state = row.active() && row.state() == EntryState.UNCONFIRMED
                && row.effect() == EntryState.Effect.BLOCK ? messages.get("staff.banks.state.UNREVIEWED_TRUSTED")
                : state(row.state(), row.active(), messages);
        HashBanks.Review review = row.review();
        if (review == null || review.caseNumber() == null) {
            return state;
        }
        String why = review.reason() == null ? ""
                : " " + messages.get("staff.banks.state.why", messages.get("review.reason." + review.reason()))
                        + (review.note() == null ? "" : " " + messages.get("staff.banks.state.note", review.note()));
        return state + " · " + messages.get("staff.banks.state.by", review.by(), review.caseNumber()) + why;
    }

    static String state(EntryState state, boolean active, Messages messages) {
        return messages.get("staff.banks.state." + state.name())
                + (active ? "" : " · " + messages.get("staff.banks.state.disabled"));
    }
}
