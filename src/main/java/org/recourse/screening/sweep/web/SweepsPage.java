package org.recourse.screening.sweep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.web.BanksPage;
import org.recourse.screening.sweep.SweepRun;
import org.recourse.screening.sweep.Sweeps;

/**
 * Backs /staff/supervise/sweeps: a supervisor sweeps one bank or all against registered content, and follows the
 * sweeps' progress (read from the database on every request, so a reload or another node shows the same); the page
 * refreshes itself while one runs, by a meta refresh without JavaScript and a poll with it.
 */
@Named
@RequestScoped
public class SweepsPage {

    /** One sweep in words. */
    public record Row(long id, String scope, String status, int total, int checked, int matched, int casesOpened,
            int percent, String timeLeft, String duration, String requestedBy, String requestedAt, boolean done, int skipped) {
    }

    private static final int SHOWN = 10;

    @Inject
    RequestContext context;

    @Inject
    Sweeps sweeps;

    @Inject
    HashBanks banks;

    private Long bankId;
    private List<Row> rows;

    /** The banks a supervisor may sweep (not the suppression list: its hashes are known false positives). */
    public List<HashBank> getBanks() {
        return banks.banks().stream().filter(b -> b.purpose() != BankPurpose.SUPPRESSION).toList();
    }

    /** A bank's name in the page's language (a partner's as the supervisor named it). */
    public String nameOf(HashBank bank) {
        return BanksPage.nameOf(bank, context.messages());
    }

    /** Starts a sweep of the chosen bank (none chosen: every bank), then shows the page again by GET. */
    public String start() {
        sweeps.start(bankId, context.staffName());
        return "/staff/supervise/sweeps?faces-redirect=true&started=true";
    }

    public List<Row> getRows() {
        if (rows == null) {
            Messages messages = context.messages();
            Map<Long, String> names = banks.banks().stream()
                    .collect(Collectors.toMap(HashBank::id, bank -> BanksPage.nameOf(bank, messages), (a, b) -> a));
            Instant now = sweeps.now();
            rows = sweeps.recent(SHOWN).stream().map(run -> row(run, names, messages, now)).toList();
        }
        return rows;
    }

    /** Whether a sweep is still going, so the page refreshes itself. */
    public boolean isRunning() {
        return getRows().stream().anyMatch(row -> !row.done());
    }

    private static Row row(SweepRun run, Map<Long, String> names, Messages messages, Instant now) {
        String scope = run.bankId() == null ? messages.get("staff.sweeps.allBanks")
                : names.getOrDefault(run.bankId(), "#" + run.bankId());
        Function<Duration, String> words = d -> words(d, messages);
        return new Row(run.id(), scope, messages.get("staff.sweeps.status." + run.status().name()), run.total(),
                run.checked(), run.matched(), run.casesOpened(), run.percent(),
                run.timeLeft(now).map(words).orElse(null), run.duration().map(words).orElse(null), run.requestedBy(),
                messages.time(run.requestedAt()), run.done(), run.skipped());
    }

    /** A duration as people say it: "1 h 5 min", "3 min 20 s", "12 s" (the units are the same in French). */
    static String words(Duration duration, Messages messages) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds + " s";
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }
}
