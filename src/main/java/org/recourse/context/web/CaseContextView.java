package org.recourse.context.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.context.CaseContext;
import org.recourse.context.ContextMatch;
import org.recourse.context.SignalKind;
import org.recourse.context.Standing;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;

/**
 * Backs the case page's "context and behaviour" block ({@code WEB-INF/includes/case/context-signals.xhtml}): each
 * phrase match on the case's items (which kind of text, which list and rule, the matched words only, when, and what it
 * did to the case), and each uploader of the case who is flagged, with the signals behind the flag. Review does not
 * import {@code context}: the page reaches this bean by name.
 */
@Named
@RequestScoped
public class CaseContextView {

    /** One match in words. */
    public record MatchLine(String kind, String list, String label, String words, Instant at, String action,
            boolean abuseAssociated) {
    }

    /** One flagged uploader in words. */
    public record FlagLine(String uploaderId, String summary, Instant flaggedAt) {
    }

    /** What the block shows; nothing at all when both lists are empty. */
    public record Shown(List<MatchLine> matches, List<FlagLine> flagged) {

        public boolean any() {
            return !matches.isEmpty() || !flagged.isEmpty();
        }
    }

    @Inject
    RequestContext context;

    @Inject
    CaseContext cases;

    private final Map<Long, Shown> shown = new HashMap<>();

    public Shown of(Long caseId) {
        if (caseId == null) {
            return new Shown(List.of(), List.of());
        }
        return shown.computeIfAbsent(caseId, this::load);
    }

    private Shown load(long caseId) {
        Messages messages = context.messages();
        CaseContext.OnCase onCase = cases.of(caseId);
        return new Shown(onCase.matches().stream().map(match -> line(match, messages)).toList(),
                onCase.flagged().stream().map(standing -> line(standing, messages)).toList());
    }

    static MatchLine line(ContextMatch match, Messages messages) {
        return new MatchLine(messages.get("context.kind." + match.textKind().name()), match.listName(), match.label(),
                match.matchedWords(), match.receivedAt(), messages.get("context.action." + match.caseAction().name()),
                match.abuseAssociated());
    }

    static FlagLine line(Standing standing, Messages messages) {
        String counts = java.util.Arrays.stream(SignalKind.values())
                .map(kind -> messages.get("context.flag.count." + kind.name(), standing.count(kind)))
                .collect(java.util.stream.Collectors.joining("; "));
        return new FlagLine(standing.uploaderId(), messages.get("context.flag.summary", standing.score(),
                standing.flagAt(), standing.windowDays()) + " " + counts + ".", standing.flaggedAt());
    }
}
