package org.recourse.screening.banks;

/**
 * How far a partner bank is trusted: what a match on one of its entries does while nobody here has reviewed that
 * entry. A reviewer's decision on an upload the entry held settles the entry itself (confirmed entries block, rejected
 * ones never match), whatever the bank's level.
 */
public enum TrustLevel {
    /** The partner's word is taken: a match blocks, as a confirmed entry's does. */
    TRUSTED,
    /** A match holds the upload for review (not published, a case opened), as a survivor's unconfirmed hash does. */
    UNTRUSTED;

    /** What a match on an entry nobody here has reviewed does. */
    public EntryState.Effect unreviewed() {
        return this == TRUSTED ? EntryState.Effect.BLOCK : EntryState.Effect.HOLD;
    }
}
