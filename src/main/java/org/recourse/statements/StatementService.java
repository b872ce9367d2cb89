package org.recourse.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.cases.ReasonCode;
import org.recourse.content.ContentRepository;
import org.recourse.webhook.WebhookOutbox;

/**
 * Issues statements of reasons, in the transaction of the restriction they tell of, and reads them. Issuing takes the
 * subject's version in force (locked), supersedes it or starts the line, stores the new one, queues the
 * {@code statement.issued} webhook and fires {@link StatementIssued}: a statement exists exactly when its
 * restriction was committed, and the platform hears of it even while it is down.
 */
@ApplicationScoped
public class StatementService {

    private static final Logger LOG = Logger.getLogger(StatementService.class.getName());

    @Inject
    StatementRepository statements;

    @Inject
    StatementPolicy policy;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    Event<StatementIssued> issued;

    @Inject
    Clock clock;

    @Inject
    ContentRepository content;

    /** What an issuer says: the restriction of a subject, on these facts, decided this far by automated means. */
    public record Issue(Subject subject, Restriction restriction, Facts facts, AutomatedDecision automatedDecision) {

        public Issue(Subject subject, Restriction restriction, Facts facts) {
            this(subject, restriction, facts, restriction.automatedDecision());
        }
    }

    /** Issues the statement (the next version of its subject's line, if it has one) and tells the platform. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatementOfReasons issue(Issue issue) {
        return issueOver(issue, statements.currentForUpdate(issue.subject().key()));
    }

    /**
     * As {@link #issue(Issue)}, for a caller that has just read the subject's version in force with
     * {@link #current(String)} in this transaction (so it is locked and cannot have changed): one locking query per
     * statement instead of two.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatementOfReasons issueOver(Issue issue, Optional<StatementOfReasons> current) {
        Instant now = clock.instant();
        Ground ground = policy.ground(issue.facts().category(), issue.restriction());
        Redress redress = policy.redress(issue.restriction(), now);
        StatementOfReasons statement = current
                .map(previous -> previous.supersede(issue.subject(), issue.restriction(), issue.facts(), ground,
                        issue.automatedDecision(), redress, later(now, previous)))
                .orElseGet(() -> StatementOfReasons.first(issue.subject(), issue.restriction(), issue.facts(), ground,
                        issue.automatedDecision(), redress, now));
        statements.add(statement);
        StatementId supersedes = current.map(StatementOfReasons::publicId).orElse(null);
        webhooks.publish(() -> StatementEvents.issued(statement, supersedes));
        issued.fire(new StatementIssued(statement.id(), statement.publicId(), current.map(StatementOfReasons::id)
                .orElse(null)));
        LOG.fine(() -> "Issued " + statement.restriction() + " v" + statement.version() + " for " + issue.subject().scope());
        return statement;
    }

    /**
     * A decision on a statement was reviewed (an appeal): the next version of the same subject, with the same facts but
     * the reviewer's new reason, and the restriction that now holds (the same one when upheld).
     *
     * @throws java.util.NoSuchElementException for an unknown statement
     * @throws org.recourse.platform.domain.IllegalTransitionException when that statement is no longer the one in force
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatementOfReasons revise(StatementId statementId, Restriction now, ReasonCode reason) {
        StatementOfReasons revised = statements.find(statementId).orElseThrow();
        Subject subject = revised.subject();
        Facts facts = revised.facts().decided(revised.facts().category(), reason);
        if (!revised.current()) {
            throw new org.recourse.platform.domain.IllegalTransitionException("superseded statement",
                    revised.restriction(), now);
        }
        return issue(new Issue(subject, now, facts, AutomatedDecision.NOT_AUTOMATED));
    }

    /** The version in force of a subject's line (locked until the transaction ends), if one was issued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StatementOfReasons> current(String subjectKey) {
        return statements.currentForUpdate(subjectKey);
    }

    @Transactional
    public Optional<StatementOfReasons> find(StatementId id) {
        return statements.find(id);
    }

    /** A statement and the id of the version it replaced, for the API. */
    public record Versioned(StatementOfReasons statement, StatementId supersedes) {
    }

    @Transactional
    public Optional<Versioned> read(StatementId id) {
        return statements.find(id).map(this::versioned);
    }

    /**
     * Every statement given about a registered content item (its visibility, and accounts banned for it), oldest
     * first; empty for an id no item is registered with.
     */
    @Transactional
    public Optional<List<Versioned>> forContent(String platformContentId) {
        return content.findByPlatformId(platformContentId)
                .map(item -> statements.forContent(item.platformContentId()).stream().map(this::versioned).toList());
    }

    private Versioned versioned(StatementOfReasons statement) {
        // Reads the successor's id while the transaction is open: the caller writes the statement after it ends.
        statement.supersededBy();
        return new Versioned(statement, statements.previous(statement).map(StatementOfReasons::publicId).orElse(null));
    }

    /** Two restrictions in the same microsecond still give versions in order. */
    private static Instant later(Instant now, StatementOfReasons previous) {
        return now.isBefore(previous.issuedAt()) ? previous.issuedAt() : now;
    }
}
