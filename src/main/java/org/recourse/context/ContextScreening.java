package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SystemNote;
import org.recourse.matching.text.RuleMatch;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.screening.phrases.PhraseRules;

/**
 * Screens the texts around a registered item (captions, titles, comments) with the phrase lists, in one transaction.
 * A match is kept (never the text: {@link ContextMatch}); the same text sent again matches again but changes nothing.
 * A new match moves the review of the open case on the item earlier ({@link Case#expedite}); an abuse-associated
 * term on an item with no open case, still shown, is reported by the portal itself through intake, which hides it
 * pending review and opens a case, when {@code recourse.context.open-case-on-abuse-term} says so. A match in the
 * uploader's own words (caption, title) is one of their behaviour signals.
 */
@ApplicationScoped
public class ContextScreening {

    /** One rule that matched one of the texts sent (by its index in the request). */
    public record Found(int index, TextKind kind, String list, String label, boolean abuseAssociated) {
    }

    /** What screening the texts did. */
    public record Outcome(String contentId, int screened, List<Found> matches, ContextMatch.CaseAction action,
            String caseNumber) {
    }

    @Inject
    ContentRepository content;

    @Inject
    CaseRepository cases;

    @Inject
    PhraseRules phrases;

    @Inject
    IntakeService intake;

    @Inject
    ContextRepository repository;

    @Inject
    BehaviourSignals behaviour;

    @Inject
    ContextSettings settings;

    @Inject
    Clock clock;

    /**
     * Screens the texts about {@code platformContentId}.
     *
     * @throws UnknownContentException if no such content is registered (nothing is stored)
     */
    @Transactional
    public Outcome screen(String platformContentId, List<ContextText> texts) {
        ContentItem item = content.findByPlatformId(platformContentId).orElseThrow(UnknownContentException::new);
        Set<String> abuseLists = settings.abuseLists();
        Instant now = clock.instant();
        List<Found> found = new ArrayList<>();
        List<ContextMatch> stored = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ContextText text = texts.get(i);
            for (RuleMatch match : phrases.screen(text.text(), text.language()).matches()) {
                boolean abuse = abuseLists.contains(match.list());
                found.add(new Found(i, text.kind(), match.list(), match.label(), abuse));
                if (!repository.matched(item.id(), text.kind(), text.sha256(), match.ruleId())) {
                    ContextMatch kept = new ContextMatch(item.id(), item.uploaderId(), text, match, abuse, now);
                    repository.add(kept);
                    stored.add(kept);
                }
            }
        }
        Optional<Case> acted = stored.isEmpty() ? Optional.empty() : act(item, stored, now);
        countForUploader(item, stored);
        ContextMatch.CaseAction action = stored.stream().map(ContextMatch::caseAction).filter(a -> a != ContextMatch
                .CaseAction.NONE).findFirst().orElse(ContextMatch.CaseAction.NONE);
        return new Outcome(platformContentId, texts.size(), found, action,
                acted.map(c -> CaseNumbers.format(c.id())).orElse(null));
    }

    private Optional<Case> openCase(ContentItem item) {
        return cases.openItemsForContent(List.of(item.id())).stream().findFirst().map(CaseItem::caseFile);
    }

    /** Raises the open case, or opens one for an abuse-associated term; each new match records what it did. */
    private Optional<Case> act(ContentItem item, List<ContextMatch> stored, Instant now) {
        boolean abuse = stored.stream().anyMatch(ContextMatch::abuseAssociated);
        Optional<Case> open = openCase(item);
        ContextMatch.CaseAction action = ContextMatch.CaseAction.EXPEDITED;
        if (open.isPresent()) {
            // Re-read under a lock: a reviewer or the SLA job may be changing the case at this moment.
            cases.lock(open.get());
            if (!open.get().status().isOpen()) {
                return Optional.empty(); // decided and closed while this request waited for the lock
            }
        } else {
            if (!abuse || !settings.openCaseOnAbuseTerm() || !item.visibility().isServed()) {
                return Optional.empty();
            }
            ContextMatch first = stored.stream().filter(ContextMatch::abuseAssociated).findFirst().orElseThrow();
            intake.file(new ReportSubmission(List.of(LocationInput.contentId(item.platformContentId())),
                    settings.abuseCategory().code(), false, details(first), null, false, Locale.ENGLISH)
                    .withNote(note(first)), Submitter.Internal.CONTEXT_SCREENING);
            open = openCase(item);
            action = ContextMatch.CaseAction.OPENED;
        }
        // A case intake just opened here is seen by no one else yet; refreshing it would drop its changes.
        Case caseFile = open.orElseThrow(() -> new IllegalStateException("A reported item is on an open case"));
        caseFile.expedite(now.plus(abuse ? settings.abuseExpediteWithin() : settings.expediteWithin()), now);
        for (ContextMatch match : stored) {
            match.acted(caseFile.id(), action);
        }
        return open;
    }

    /** The uploader's own words (caption, title) that matched count among their signals, once per match. */
    private void countForUploader(ContentItem item, List<ContextMatch> stored) {
        if (item.uploaderId() == null) {
            return;
        }
        stored.stream().filter(match -> match.textKind().byUploader())
                .forEach(match -> behaviour.record(item.uploaderId(), SignalKind.CONTEXT_MATCH,
                        "context:" + match.id()));
    }

    /** What the case page says of the portal's report, in each reviewer's language: the kind of text and the list. */
    static SystemNote note(ContextMatch match) {
        return SystemNote.of("report.system.context.abuse",
                SystemNote.message("context.kind." + match.textKind().name()), match.listName(), match.label());
    }

    /** The report's English words, for exports: never the text, only which list and rule matched it. */
    static String details(ContextMatch match) {
        return "A " + match.textKind().code() + " of this content used a term of the list \"" + match.listName()
                + "\" (" + match.label() + "), found by context screening; hidden pending review.";
    }
}
