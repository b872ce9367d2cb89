package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.audit.AuditLog;

/**
 * Vault key rotation: re-wraps the data key of every sealed record that is not under the current vault key, one record
 * per transaction, without reading or rewriting its encrypted parts. Run at start ({@link VaultRotationAtStart}) and
 * by an administrator or LEGAL user; a record whose old key this node lacks is named in the log and skipped.
 */
@ApplicationScoped
public class VaultRotation {

    private static final Logger LOG = Logger.getLogger(VaultRotation.class.getName());
    private static final int BATCH = 100;

    /** What a rotation did: records re-wrapped, and records it could not re-wrap. */
    public record Result(int rewrapped, int failed) {
    }

    @Inject
    EvidenceVault vault;

    @Inject
    AuditLog audit;

    public Result rewrapAll(String actor) {
        int rewrapped = 0;
        int failed = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = vault.underOldKeys(after, BATCH);
            for (long id : ids) {
                try {
                    rewrapped += vault.rewrap(id, actor) ? 1 : 0;
                } catch (IllegalStateException e) {
                    failed++;
                    LOG.log(Level.SEVERE, e.getMessage(), e);
                }
                after = id;
            }
        } while (ids.size() == BATCH);
        if (rewrapped + failed > 0) {
            audit.recordNow(actor, "evidence.rotation", null, rewrapped + " data key(s) re-wrapped under the current "
                    + "vault key" + (failed == 0 ? "" : "; " + failed + " could not be (their old key is missing)"));
        }
        return new Result(rewrapped, failed);
    }
}
