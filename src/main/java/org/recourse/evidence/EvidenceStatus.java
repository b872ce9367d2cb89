package org.recourse.evidence;

import java.util.EnumSet;
import java.util.Set;

/** Where an evidence record is in its life: sealed (it opens), or shredded (a tombstone that opens nothing, ever). */
public enum EvidenceStatus {
    /** Encrypted under its data key, which the vault key wraps: it opens. */
    SEALED,
    /** Its data key was destroyed, then its parts deleted: only the row, its manifest hash and custody remain. */
    SHREDDED;

    /** The statuses a record may move to from this one. */
    public Set<EvidenceStatus> allowedNext() {
        return this == SEALED ? EnumSet.of(SHREDDED) : EnumSet.noneOf(EvidenceStatus.class);
    }

    /** The message key of its words on a page. */
    public String messageKey() {
        return "evidence.status." + name();
    }
}
