package org.recourse.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.Case;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.RemovalDeadline;
import org.recourse.intake.Report;
import org.recourse.intake.ReportRepository;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;

/**
 * The legal track on the staff case page ({@code case-removal-request.xhtml}): who signed each valid removal request
 * on the case, how to reach them, what they stated in good faith, and the 48-hour deadline in words (due at and time
 * left, passed, or met or missed once the case closed). Staff see the requester's contact here and only here; once
 * retention has erased it, the block says so instead.
 */
@Named
@RequestScoped
public class CaseRemovalRequestView {

    /** What the block shows; {@link #any()} false for a case without a request. */
    public record Shown(Deadline deadline, List<Request> requests) {

        public boolean any() {
            return deadline != null;
        }
    }

    /** The deadline: its state (OPEN, BREACHED, MET, MISSED, for styling and tests) and the sentence that says it. */
    public record Deadline(String state, String text) {
    }

    /**
     * One request in words; {@code signature} and {@code contact} null once erased, {@code erased} then says so.
     * {@code goodFaith} is the statement the requester ticked, in the language they read it in.
     */
    public record Request(String receivedAt, String signature, String contact, String actingFor, String goodFaith,
            String language, String erased) {
    }

    @Inject
    RequestContext context;

    @Inject
    CaseRepository cases;

    @Inject
    ReportRepository reports;

    @Inject
    Clock clock;

    private final Map<Long, Shown> shown = new HashMap<>();

    public Shown of(Long caseId) {
        if (caseId == null) {
            return new Shown(null, List.of());
        }
        return shown.computeIfAbsent(caseId, this::load);
    }

    private Shown load(long caseId) {
        Optional<Case> found = cases.find(caseId);
        Optional<RemovalDeadline> deadline = found.flatMap(Case::removalDeadline);
        if (deadline.isEmpty()) {
            return new Shown(null, List.of());
        }
        Messages messages = context.messages();
        List<Request> requests = reports.withRemovalRequestOnCase(caseId).stream()
                .map(report -> request(report, messages)).toList();
        return new Shown(deadline(found.get(), deadline.get(), messages, clock.instant()), requests);
    }

    /** The deadline in a sentence: while the case is open, time left or how late; once closed, met or missed. */
    static Deadline deadline(Case caseFile, RemovalDeadline deadline, Messages messages, Instant now) {
        String due = messages.time(deadline.dueAt());
        if (caseFile.status() == CaseStatus.CLOSED) {
            Instant closed = caseFile.statusChangedAt();
            boolean met = !closed.isAfter(deadline.dueAt());
            Duration gap = met ? Duration.between(closed, deadline.dueAt()) : Duration.between(deadline.dueAt(), closed);
            return new Deadline(met ? "MET" : "MISSED", messages.get("staff.removal.deadline." + (met ? "met" : "missed"),
                    messages.time(closed), words(gap, messages), due));
        }
        Duration left = deadline.left(now);
        if (left.isNegative() || left.isZero()) {
            return new Deadline("BREACHED", messages.get("staff.removal.deadline.breached", due,
                    words(left.negated(), messages)));
        }
        return new Deadline("OPEN", messages.get("staff.removal.deadline.open", due, words(left, messages)));
    }

    private static Request request(Report report, Messages messages) {
        String received = messages.time(report.removalRequestedAt().orElseThrow());
        String actingFor = messages.get("staff.removal.actingFor." + (report.removalForOther() == null ? "unknown"
                : report.removalForOther() ? "other" : "self"));
        // The statement as the requester read it when they ticked it (a valid request cannot be filed without it).
        Messages theirs = report.removalLanguage().map(Messages::in).orElse(messages);
        String language = report.removalLanguage().map(l -> messages.get("staff.removal.language." + l.getLanguage()))
                .orElse(null);
        boolean erased = report.removalSignature() == null && report.removalEmail() == null;
        return new Request(received, report.removalSignature(), report.removalEmail(), actingFor,
                theirs.get("removal.goodFaith.label"), language, erased ? messages.get("staff.removal.erased") : null);
    }

    /** "3 hours 5 minutes", "2 days": at the precision a person acting on the deadline needs. */
    static String words(Duration duration, Messages messages) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes < 60) {
            return messages.get("duration.minutes", minutes);
        }
        if (minutes < 72 * 60) {
            String hours = messages.get("duration.hours", minutes / 60);
            return minutes % 60 == 0 ? hours : hours + " " + messages.get("duration.minutes", minutes % 60);
        }
        return messages.get("duration.days", minutes / (24 * 60));
    }
}
