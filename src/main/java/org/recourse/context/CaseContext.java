package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** What the case page and the queue show of context and behaviour: the matches on a case, its flagged uploaders. */
@ApplicationScoped
public class CaseContext {

    /** At most this many open cases carry the queue's mark at once; far above a few flagged uploaders' cases. */
    static final int MAX_MARKED = 10_000;

    /** A case's context matches (newest first) and the uploaders of its items who are flagged now. */
    public record OnCase(List<ContextMatch> matches, List<Standing> flagged) {

        public boolean any() {
            return !matches.isEmpty() || !flagged.isEmpty();
        }
    }

    @Inject
    ContextRepository repository;

    @Inject
    BehaviourSignals behaviour;

    @Transactional
    public OnCase of(long caseId) {
        List<Standing> flagged = repository.uploadersOnCase(caseId).stream()
                .filter(uploader -> {
                    UploaderFlag flag = repository.findFlag(uploader);
                    return flag != null && flag.isFlagged();
                })
                // Weighed again, so that a flag whose signals have all left the window is not shown as current.
                .map(behaviour::standing).filter(Standing::flagged).toList();
        return new OnCase(repository.matchesOnCase(caseId), flagged);
    }

    /** The open cases with a flagged uploader, for the queue's mark. */
    @Transactional
    public Set<Long> openCasesWithFlaggedUploader() {
        return repository.openCasesWithFlaggedUploader(MAX_MARKED);
    }
}
