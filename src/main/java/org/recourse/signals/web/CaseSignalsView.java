package org.recourse.signals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.signals.SignalRepository;

/**
 * The classifiers' signals on a case's items, in words for the case page ({@code WEB-INF/includes/case/signals.xhtml}):
 * classifier and version, label, score against its threshold, when, and whether it held the item.
 */
@Named
@RequestScoped
public class CaseSignalsView {

    /** The most signals the block lists, newest first. */
    static final int MAX_SHOWN = 50;

    /** One signal in words. */
    public record Shown(long id, String contentId, String classifier, String version, String label, String score,
            String threshold, Instant receivedAt, boolean held, String effect) {
    }

    @Inject
    SignalRepository signals;

    @Inject
    RequestContext context;

    private final Map<Long, List<Shown>> shown = new HashMap<>();

    public List<Shown> of(Long caseId) {
        return caseId == null ? List.of() : shown.computeIfAbsent(caseId, this::load);
    }

    private List<Shown> load(long caseId) {
        Messages messages = context.messages();
        NumberFormat number = NumberFormat.getNumberInstance(context.language());
        number.setMaximumFractionDigits(4);
        number.setMinimumFractionDigits(2);
        return signals.onItemsOf(caseId, MAX_SHOWN).stream().map(on -> {
            var s = on.signal();
            String threshold = s.threshold().isPresent()
                    ? messages.get("staff.signals.case.threshold", number.format(s.threshold().getAsDouble()))
                    : messages.get("staff.signals.case.noThreshold");
            String effect = s.held() ? messages.get("staff.signals.case.held")
                    : messages.get("staff.signals.case.recorded");
            if (s.outcome().isPresent()) {
                effect += " · " + messages.get("staff.signals.outcome." + s.outcome().get().name());
            }
            return new Shown(s.id(), on.contentId(), s.classifier(), s.classifierVersion(), s.label(),
                    number.format(s.score()), threshold, s.receivedAt(), s.held(), effect);
        }).toList();
    }
}
