package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.content.UploaderContext;
import org.recourse.statements.StatementIssued;
import org.recourse.statements.StatementOfReasons;
import org.recourse.statements.StatementRepository;

/**
 * Turns an issued statement of reasons into its submission, in the statement's own transaction (the event is fired
 * there): the facts the mapping needs, and, apart, what is withheld (the uploader's id, screen name, e-mail and IP
 * addresses; the platform's content id and address) for the personal-data check to look for.
 */
@ApplicationScoped
public class DsaStatements {

    @Inject
    StatementRepository statements;

    @Inject
    ContentRepository content;

    @Inject
    DsaQueue queue;

    @Inject
    DsaSettings settings;

    void onIssued(@Observes StatementIssued issued) {
        if (settings.enabled()) {
            statements.find(issued.statementId()).ifPresent(this::queue);
        }
    }

    /** Queues one statement (from the event, or from the catch-up of statements issued before it was turned on). */
    public Optional<DsaSubmission> queue(StatementOfReasons statement) {
        Optional<ContentItem> item = statement.contentItemId().flatMap(content::find);
        return queue.queue(facts(statement, item), withheld(statement, item));
    }

    static StatementFacts facts(StatementOfReasons statement, Optional<ContentItem> item) {
        return new StatementFacts(statement.id(), statement.version(),
                StatementFacts.Restriction.valueOf(statement.restriction().name()), statement.facts().category(),
                StatementFacts.Detection.valueOf(statement.facts().detection().name()),
                statement.ground().policyClause(), Optional.ofNullable(statement.ground().legalGround()),
                statement.automatedDetection(), StatementFacts.Automation.valueOf(statement.automatedDecision().name()),
                item.map(ContentItem::mediaType), item.map(ContentItem::firstSeen).orElse(statement.issuedAt()),
                statement.issuedAt());
    }

    private Withheld withheld(StatementOfReasons statement, Optional<ContentItem> item) {
        Set<String> values = new HashSet<>();
        statement.uploaderId().ifPresent(values::add);
        statement.platformContentId().ifPresent(values::add);
        statement.upload().ifPresent(upload -> {
            java.util.Optional.ofNullable(upload.reference()).ifPresent(values::add);
            values.add(upload.hash());
        });
        item.ifPresent(found -> {
            values.add(found.platformContentId());
            values.add(found.url());
            values.add(found.uploaderId());
            UploaderContext uploader = content.uploaderContext(found);
            values.add(uploader.screenName());
            values.add(uploader.email());
            uploader.ipEvents().forEach(event -> values.add(event.ipAddress()));
        });
        return new Withheld(values);
    }
}
