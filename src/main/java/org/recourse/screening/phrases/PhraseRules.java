package org.recourse.screening.phrases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.audit.AuditLog;
import org.recourse.content.ContentItem;
import org.recourse.matching.text.Language;
import org.recourse.matching.text.PhraseScreener;
import org.recourse.matching.text.Rule;
import org.recourse.matching.text.StarterLists;
import org.recourse.matching.text.TextVerdict;
import org.recourse.screening.ScreeningStatements;

/**
 * The phrase lists: seeded with the English and French starter lists on first use, managed by admins (audited), and
 * turned into a {@link PhraseScreener}. Each node rebuilds its screener when the active rules change on any node:
 * every screening first compares a short signature of the rules with the one it built from.
 */
@ApplicationScoped
public class PhraseRules {

    private static final Logger LOG = Logger.getLogger(PhraseRules.class.getName());
    static final String STARTER_SEED = "phrase-rules:starter-lists";

    @Inject
    PhraseRuleRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.recourse.platform.persistence.SeedOnce seedOnce;

    @Inject
    ScreeningStatements statements;

    private volatile PhraseScreener screener;
    private volatile String builtFrom;

    @Transactional
    public TextVerdict screen(String text, Language language) {
        PhraseScreener current = current();
        return (language == null ? current : current.only(language)).screen(text);
    }

    /** A verdict, and for a BLOCK the public id of its statement of reasons. */
    public record Screened(TextVerdict verdict, String statementId) {
    }

    /**
     * Screens a text the platform is about to publish: a BLOCK restricts it, so it gets a statement of reasons, named
     * by the SHA-256 of the text (the platform gives no id for a text not yet posted).
     */
    @Transactional
    public Screened screenForPublication(String text, Language language) {
        TextVerdict verdict = screen(text, language);
        if (verdict.decision() != TextVerdict.Decision.BLOCK) {
            return new Screened(verdict, null);
        }
        return new Screened(verdict, statements.blockedText(
                ContentItem.sha256Of(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Transactional
    public List<PhraseRule> list() {
        seedIfEmpty();
        return repository.all();
    }

    /**
     * Adds a rule an admin wrote; a term or pattern the screener cannot use safely is refused with the reason.
     *
     * @throws org.recourse.matching.text.InvalidRuleException with a message for the admin
     */
    @Transactional
    public PhraseRule add(String admin, Rule.Kind kind, String list, Language language, String label, String text) {
        Rule checked = kind == Rule.Kind.TERM ? Rule.term("new", list, language, label, text)
                : Rule.pattern("new", list, language, label, text);
        PhraseRule rule = new PhraseRule(checked, admin, clock.instant());
        repository.add(rule);
        audit.record(admin, "phrase-rule.added", "phrase-rule:" + rule.id(), kind + " in " + list + ": " + text);
        return rule;
    }

    @Transactional
    public void setActive(String admin, long id, boolean active) {
        repository.lock(id).filter(rule -> rule.isActive() != active).ifPresent(rule -> {
            rule.setActive(active);
            audit.record(admin, active ? "phrase-rule.enabled" : "phrase-rule.disabled", "phrase-rule:" + id,
                    rule.listName());
        });
    }

    private PhraseScreener current() {
        seedIfEmpty();
        String signature = repository.signature();
        if (!signature.equals(builtFrom)) {
            List<Rule> rules = repository.active().stream().map(PhraseRule::toRule).toList();
            screener = PhraseScreener.of(rules);
            builtFrom = signature;
            LOG.fine(() -> "Phrase screener built from " + rules.size() + " rules.");
        }
        return screener;
    }

    private void seedIfEmpty() {
        if (repository.count() > 0) {
            return;
        }
        // Of nodes seeding at the same moment, one claims the seed; the others wait for it and then find the rules.
        if (!seedOnce.claim(STARTER_SEED)) {
            return;
        }
        repository.addAll(StarterLists.all().stream().map(starter -> new PhraseRule(starter, "system", clock.instant()))
                .toList());
        LOG.info(() -> "Phrase lists seeded with the English and French starter lists.");
    }
}
