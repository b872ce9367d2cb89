package org.recourse.content;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Erases what platforms said about uploaders ({@link UploaderContextRepository#eraseExpired}) once it is older than
 * {@code recourse.content.uploader-context.retention} (90 days by default) and its item is shown: it is needed only
 * if the item is removed and reported. Runs every {@code recourse.jobs.retention-interval}, batch after batch.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UploaderContextRetention extends IntervalJob {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(UploaderContextRetention.class.getName());

    @Inject
    UploaderContextRepository contexts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.content.uploader-context.retention", defaultValue = "P90D")
    String retention;

    public UploaderContextRetention() {
        super("uploader-context-retention", "recourse.jobs.retention-interval", "PT1H",
                "Erasing expired uploader context failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        java.time.Instant cutoff = clock.instant().minus(Duration.parse(retention));
        int erased;
        do {
            erased = contexts.eraseExpired(cutoff, BATCH);
            if (erased > 0) {
                int count = erased;
                LOG.info(() -> "Erased the uploader context of " + count + " item(s) past retention.");
            }
        } while (erased == BATCH);
    }
}
