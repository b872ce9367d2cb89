package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges of the evidence vault, read from the database when /metrics is scraped: records sealed, active legal holds,
 * and records whose retention has run out (a number that stays above zero means the purge is failing). Purges due are
 * the retention policy's own answer, so they are registered here rather than counted by SQL in {@code operations}.
 */
@ApplicationScoped
public class EvidenceGauges {

    /** Counting purges due stops here: past it the alert is the same. */
    static final int MAX_COUNTED = 10_000;

    @Inject
    MetricRegistry registry;

    @Inject
    EvidenceNumbers numbers;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("recourse_evidence_sealed", "Evidence records sealed and not shredded", EvidenceNumbers::sealed);
        gauge("recourse_evidence_holds", "Active legal holds", EvidenceNumbers::activeHolds);
        gauge("recourse_evidence_purges_due", "Evidence records past their retention and not held",
                EvidenceNumbers::purgesDue);
    }

    private void gauge(String name, String description, ToLongFunction<EvidenceNumbers> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), numbers,
                n -> (double) value.applyAsLong(n));
    }
}
