package org.recourse.evidence.legal;

import java.time.Instant;
import java.util.List;
import org.recourse.evidence.CustodyEntry;

/**
 * One record's details without opening it: its row, who sealed it, under which vault key, its shredding if any, and
 * its chain of custody, oldest first.
 */
public record RecordDetails(RecordRow row, String sealedBy, String vaultKeyId, Instant shreddedAt, String shreddedBy,
        String shreddedReason, List<CustodyEntry> custody) {

    public RecordDetails {
        custody = List.copyOf(custody);
    }

    public boolean opens() {
        return row.status() != LegalStatus.SHREDDED;
    }
}
