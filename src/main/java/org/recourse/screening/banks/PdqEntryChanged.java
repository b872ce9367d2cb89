package org.recourse.screening.banks;

import java.util.Objects;
import org.recourse.matching.hash.PdqHash;

/**
 * A bank entry's PDQ hash started ({@code matches}) or stopped matching: fired in the transaction of the change, for
 * the nodes' indexes to follow. The banks need not know who indexes them.
 */
public record PdqEntryChanged(long entryId, PdqHash pdq, boolean matches) {

    public PdqEntryChanged {
        Objects.requireNonNull(pdq, "A PDQ hash is required.");
    }
}
