package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.audit.AuditLog;

/**
 * Queues a statement for the transparency database in the transaction that issued it, so a statement and its
 * submission are stored together or not at all. The statement is mapped and checked for personal data here: what is
 * stored is exactly what will leave. A refused statement is stored dead with the findings (never the values), and
 * audited, for an admin to see: the mapping or a ground in settings needs fixing.
 */
@ApplicationScoped
public class DsaQueue {

    private static final Logger LOG = Logger.getLogger(DsaQueue.class.getName());

    @Inject
    DsaSettings settings;

    @Inject
    DsaRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Queues {@code facts} unless the submission is off, it restricts nothing, or this version is already queued. */
    @Transactional
    public Optional<DsaSubmission> queue(StatementFacts facts, Withheld withheld) {
        if (!settings.enabled() || repository.of(facts.statementId(), facts.version()).isPresent()) {
            return Optional.empty();
        }
        Optional<DsaStatement> mapped = settings.mapping().map(facts);
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = mapped.get().toJson();
        List<PersonalDataCheck.Finding> findings = check(facts).check(json, withheld);
        DsaSubmission submission = findings.isEmpty()
                ? DsaSubmission.queued(facts.statementId(), facts.version(), mapped.get().puid(), json.toString(),
                        clock.instant())
                : DsaSubmission.refused(facts.statementId(), facts.version(), mapped.get().puid(), findings,
                        clock.instant());
        repository.add(submission);
        if (!findings.isEmpty()) {
            audit.record("system", "dsa.refused", "statement:" + facts.statementId(), "version " + facts.version()
                    + " not submitted to the DSA transparency database: " + findings);
            LOG.warning(() -> "Statement " + facts.statementId() + " version " + facts.version()
                    + " held back from the DSA transparency database: " + findings);
        }
        return Optional.of(submission);
    }

    /** The check for one statement: the fixed sentences and this statement's grounds are the only text allowed. */
    PersonalDataCheck check(StatementFacts facts) {
        List<String> own = new ArrayList<>(DsaMapping.ownSentences());
        own.add(facts.policyGround().strip());
        facts.legalGround().map(String::strip).ifPresent(own::add);
        return new PersonalDataCheck(own, settings.termsUrl());
    }
}
