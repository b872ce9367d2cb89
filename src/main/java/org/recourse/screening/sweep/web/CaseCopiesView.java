package org.recourse.screening.sweep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.CaseNumbers;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.HashSubmission;
import org.recourse.screening.sweep.SweepCase;
import org.recourse.screening.sweep.SweepRepository;
import org.recourse.screening.sweep.Sweeps;

/**
 * The copies a sweep put on a case, in words for the case page: where they came from (the case that caused it, the
 * survivor's submission, or the sweep) and each copy with how it matched ("exact SHA-256", "PDQ, 12 bits apart").
 */
@Named
@RequestScoped
public class CaseCopiesView {

    /** One copy in words. */
    public record Copy(String contentId, String match, String bank) {
    }

    /** What the case page shows; empty lists when the case is not a sweep's. */
    public record Shown(List<Source> sources, List<Copy> copies) {

        public boolean any() {
            return !copies.isEmpty();
        }
    }

    /** A source in words, with the case it links to (null if none). */
    public record Source(String text, Long linkedCaseId, String linkedCase) {
    }

    @Inject
    RequestContext context;

    @Inject
    Sweeps sweeps;

    private final Map<Long, Shown> shown = new HashMap<>();

    public Shown of(Long caseId) {
        if (caseId == null) {
            return new Shown(List.of(), List.of());
        }
        return shown.computeIfAbsent(caseId, this::load);
    }

    private Shown load(long caseId) {
        Messages messages = context.messages();
        Sweeps.CaseCopies copies = sweeps.copiesOn(caseId);
        List<Source> sources = copies.sources().stream().map(s -> source(s, messages)).distinct().toList();
        List<Copy> rows = copies.copies().stream().map(c -> new Copy(c.contentId(), match(c, messages), c.bankName()))
                .toList();
        return new Shown(sources, rows);
    }

    private static Source source(SweepCase sweepCase, Messages messages) {
        String linked = sweepCase.sourceCaseId() == null ? null : CaseNumbers.format(sweepCase.sourceCaseId());
        String text;
        if (sweepCase.submissionId() != null) {
            text = messages.get("staff.sweepCopies.fromSubmission", HashSubmission.number(sweepCase.submissionId()));
        } else if (linked != null) {
            text = messages.get("staff.sweepCopies.fromCase", linked);
        } else {
            text = messages.get("staff.sweepCopies.fromSweep", sweepCase.runId() == null ? "" : sweepCase.runId());
        }
        return new Source(text, sweepCase.sourceCaseId(), linked);
    }

    static String match(SweepRepository.CopyRow copy, Messages messages) {
        return switch (copy.hashType()) {
            case SHA256 -> messages.get("staff.sweepCopies.exactSha256");
            case MD5 -> messages.get("staff.sweepCopies.exactMd5");
            case PDQ -> messages.get(copy.distance() == 1 ? "staff.sweepCopies.pdq.one" : "staff.sweepCopies.pdq",
                    copy.distance());
            // For a video, the distance column holds the share of its frames that match, in percent.
            case VPDQ -> messages.get("staff.sweepCopies.video", copy.distance());
        };
    }
}
