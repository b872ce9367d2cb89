package org.recourse.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;

/**
 * A report's status in words, in the reader's language: the timeline, what happens next and whom to contact. The
 * status page, the API and the decision mail all say it the same way.
 */
public final class StatusView {

    /**
     * One line of the timeline; {@code at} is null for a state that has no single moment (a senior reviewer has it).
     * {@code decision} marks the lines that say what was decided.
     */
    public record Event(String code, Instant at, String when, String text, boolean decision) {
    }

    private final ReportStatus status;
    private final PortalSettings settings;
    private final Messages messages;
    private final Instant now;
    private final org.recourse.appeals.ReporterReview review;

    public StatusView(ReportStatus status, PortalSettings settings, Messages messages, Instant now) {
        this(status, settings, messages, now, org.recourse.appeals.ReporterReview.NONE);
    }

    /** The same, with what the reporter may know of reviews of the decision (an appeal, their own request). */
    public StatusView(ReportStatus status, PortalSettings settings, Messages messages, Instant now,
            org.recourse.appeals.ReporterReview review) {
        this.status = status;
        this.settings = settings;
        this.messages = messages;
        this.now = now;
        this.review = java.util.Objects.requireNonNull(review);
    }

    /**
     * Reviews of the decision in plain words and without detail: how an uploader's appeal ended, and the answer to the
     * reporter's own request for a second look (or that it is waiting). Empty when there was neither.
     */
    public List<String> reviews() {
        List<String> lines = new java.util.ArrayList<>();
        if (review.appeal() != null) {
            lines.add(messages.get(review.appeal() == org.recourse.appeals.AppealStatus.RESTORED
                    ? "status.review.appealRestored" : "status.review.appealUpheld"));
        }
        if (review.request() != null) {
            lines.add(messages.get(switch (review.request()) {
                case WAITING -> "status.review.waiting";
                case STANDS -> "status.review.stands";
                case TAKEN_DOWN -> "status.review.takenDown";
            }));
        }
        return lines;
    }

    /** Whether the page offers the one request for a second look. */
    public boolean mayAskSecondLook() {
        return review.mayAsk();
    }

    public String reference() {
        return status.reference().display();
    }

    public String stageCode() {
        return status.stage().code();
    }

    public String stage() {
        return messages.get(status.hashSubmission() ? "status.stage.hash." + status.hash().protection().name()
                : "status.stage." + status.stage().name());
    }

    public List<Event> timeline() {
        List<Event> events = new ArrayList<>();
        if (status.hashSubmission()) {
            events.add(event("fingerprints_received", status.receivedAt(), "status.event.fingerprints"));
            events.add(hashEvent());
            copiesHidden().ifPresent(events::add);
            return events;
        }
        events.add(event("received", status.receivedAt(), "status.event.received"));
        if (status.itemsHidden() > 0) {
            events.add(event("hidden", status.receivedAt(), "status.event.hidden"));
        }
        if (status.itemsExternal() > 0) {
            events.add(event("external_kept", status.receivedAt(), "status.event.external"));
        }
        copiesHidden().ifPresent(events::add);
        if (status.reviewStartedAt() != null) {
            events.add(event("review_started", status.reviewStartedAt(), "status.event.reviewStarted"));
        }
        if (status.withSupervisor()) {
            events.add(event("with_supervisor", null, "status.event.withSupervisor"));
        }
        for (ReportStatus.Outcome outcome : status.outcomes()) {
            String code = outcome.result().name().toLowerCase(java.util.Locale.ROOT);
            if (outcome.hosted() > 0) {
                events.add(decision(code, outcome.at(), "status.event." + outcome.result().name()));
            }
            if (outcome.external() > 0) {
                events.add(decision("external_" + code, outcome.at(),
                        "status.event.external." + outcome.result().name()));
            }
        }
        return events;
    }

    /** The decision lines of the timeline only, for the decision mail. */
    public List<String> decisions() {
        return timeline().stream().filter(Event::decision).map(Event::text).toList();
    }

    /**
     * What a survivor's hashes do now: held for review, blocked once confirmed, waiting for a check, or not used. It
     * never says whether or where a copy was seen.
     */
    private Event hashEvent() {
        ReportStatus.HashProtection hash = status.hash();
        return switch (hash.protection()) {
            case HOLDING -> event("holding", status.receivedAt(), "status.event.holding");
            case BLOCKING -> event("blocking", hash.settledAt(), "status.event.blocking");
            case AWAITING_CHECK -> event("awaiting_check", status.receivedAt(), "status.event.awaitingCheck");
            case NOT_IN_USE -> event("not_in_use", hash.settledAt(), "status.event.notInUse");
        };
    }

    /** That copies already up were found and hidden: how many, never where or which. */
    private java.util.Optional<Event> copiesHidden() {
        long count = status.copiesHidden();
        if (count == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Event("copies_hidden", null, null, messages.get(count == 1
                ? "status.event.copiesHidden.one" : "status.event.copiesHidden", count), false));
    }

    private Event event(String code, Instant at, String key) {
        return new Event(code, at, at == null ? null : messages.time(at), messages.get(key), false);
    }

    private Event decision(String code, Instant at, String key) {
        return new Event(code, at, at == null ? null : messages.time(at), messages.get(key), true);
    }

    /** What the reporter can expect or do now. */
    public String nextSteps() {
        if (status.hashSubmission()) {
            return messages.get("status.next.hash." + status.hash().protection().name(), contact().team(),
                    contact().email());
        }
        if (status.stage() == ReportStatus.Stage.DECIDED) {
            return status.has(ReportStatus.Result.RESTORED)
                    ? messages.get("status.next.appeal", contact().team(), contact().email())
                    : messages.get("status.next.decided");
        }
        if (status.isLate(now)) {
            return messages.get(status.contentHidden() ? "status.next.late" : "status.next.lateNothingHidden");
        }
        return messages.get(status.contentHidden() ? "status.next.waitingHidden" : "status.next.waiting",
                messages.time(status.reviewDueBy()));
    }

    /** The 48-hour legal deadline of the reporter's removal request in words, or null when they made none. */
    public String legalDeadline() {
        return status.legalDeadline().map(due -> messages.get("status.legalDeadline", messages.time(due)))
                .orElse(null);
    }

    public boolean isDecided() {
        return status.stage() == ReportStatus.Stage.DECIDED;
    }

    /**
     * After a decision, what it means for the person, one sentence each: copies blocked from coming back (a removal
     * or referral of content on the platform banks its fingerprints, and the sweep hides copies already up), the
     * content shown again, or content elsewhere that the platform cannot take down. Empty before a decision and for a
     * survivor's own fingerprints, whose status says what they do.
     */
    public List<String> afterDecision() {
        if (!isDecided() || status.hashSubmission()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (copiesBlocked()) {
            lines.add(messages.get("status.after.blocked"));
        }
        if (status.outcomes().stream().anyMatch(o -> o.result() == ReportStatus.Result.RESTORED && o.hosted() > 0)) {
            lines.add(messages.get("status.after.restored"));
        }
        if (status.outcomes().stream().anyMatch(o -> o.external() > 0)) {
            lines.add(messages.get("status.after.external"));
        }
        return lines;
    }

    /** Whether a decision took content on the platform down for good, so that its copies are blocked too. */
    public boolean copiesBlocked() {
        return isDecided() && !status.hashSubmission() && status.outcomes().stream()
                .anyMatch(o -> o.result() != ReportStatus.Result.RESTORED && o.hosted() > 0);
    }

    public String contactText() {
        return messages.get("status.contact.text", contact().team(), contact().email());
    }

    /** Whom to contact, in the reader's language. */
    public PortalSettings.Contact contact() {
        return settings.contact(messages.locale());
    }

    public ReportStatus status() {
        return status;
    }
}
