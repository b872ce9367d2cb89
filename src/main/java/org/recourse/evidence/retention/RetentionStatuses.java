package org.recourse.evidence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.platform.i18n.Messages;

/**
 * A record's retention status for the pages that list records: kept, clock running until a date, purge due, or held.
 * Read-only; the policy gives the answer, so the list and the purge never disagree.
 */
@ApplicationScoped
public class RetentionStatuses {

    @Inject
    RetentionRepository repository;

    @Inject
    RetentionPolicy policy;

    @Inject
    Clock clock;

    /** One record's status now. */
    @Transactional
    public RetentionStatus of(long recordId) {
        return policy.status(repository.clocksOf(recordId), repository.activeHoldsOf(recordId).size(),
                clock.instant());
    }

    /** The statuses of a page of records, in two queries. */
    @Transactional
    public Map<Long, RetentionStatus> of(Collection<Long> recordIds) {
        Map<Long, List<StartedClock>> clocks = repository.clocksOf(recordIds);
        Map<Long, Integer> holds = repository.activeHoldCounts(recordIds);
        Map<Long, RetentionStatus> statuses = new HashMap<>();
        for (Long id : recordIds) {
            statuses.put(id, policy.status(clocks.getOrDefault(id, List.of()), holds.getOrDefault(id, 0),
                    clock.instant()));
        }
        return statuses;
    }

    /**
     * A status in words, for a page: "Held (2 holds)", "Kept until a person decides", "Clock running until
     * 2028-03-01 10:00 UTC", "Purge due since …".
     */
    public static String words(RetentionStatus status, Messages messages) {
        String date = status.purgeAfter() == null ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                        .withZone(java.time.ZoneOffset.UTC).format(status.purgeAfter());
        return switch (status.state()) {
            case HELD -> messages.get(status.state().messageKey(), Integer.toString(status.holds()));
            case KEPT -> status.waitingFor().isEmpty() ? messages.get("evidence.retention.state.KEPT")
                    : messages.get("evidence.retention.state.KEPT.waiting", status.waitingFor().stream()
                            .sorted().map(j -> messages.get("evidence.jurisdiction." + j.name()))
                            .reduce((a, b) -> a + ", " + b).orElse(""));
            case RUNNING, PURGE_DUE -> messages.get(status.state().messageKey(), date);
        };
    }

    /**
     * How many sealed records the purge would shred now (every applicable clock run out, no hold), for a dashboard
     * tile: a number that stays high means the purge is failing. At most {@code max} counted.
     */
    @Transactional
    public long purgesDue(int max) {
        return purgeDueIds(max).size();
    }

    /** The sealed records the purge would shred now, in id order, at most {@code max} (the LEGAL list's filter). */
    @Transactional
    public List<Long> purgeDueIds(int max) {
        java.time.Instant now = clock.instant();
        List<Long> due = new java.util.ArrayList<>();
        long afterId = 0;
        List<Long> page;
        do {
            page = repository.purgeCandidates(now, afterId, 500);
            Map<Long, List<StartedClock>> clocks = repository.clocksOf(page);
            for (Long id : page) {
                if (policy.status(clocks.getOrDefault(id, List.of()), 0, now).purgeDue()) {
                    due.add(id);
                    if (due.size() >= max) {
                        return due;
                    }
                }
            }
            afterId = page.isEmpty() ? afterId : page.get(page.size() - 1);
        } while (page.size() == 500);
        return due;
    }

    /** How many holds are active, for the dashboard's tile. */
    @Transactional
    public long activeHolds() {
        return repository.countActiveHolds();
    }
}
