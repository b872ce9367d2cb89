package org.recourse.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recourse.platform.i18n.Messages;

/**
 * A statement in words, for the platform to show its user: every value that has a type is said through a message key
 * in the reader's language (never an enum's name); the only texts taken as they are are the platform's own policy
 * clause and legal ground, from the settings. Nothing here can name a reporter: a statement holds none.
 */
public final class StatementText {

    /** The statement in one language: a title and its sentences, in order. */
    public record Rendered(String language, String title, List<String> lines) {

        /** The whole statement as plain text, a sentence a line. */
        public String text() {
            return title + "\n" + String.join("\n", lines);
        }
    }

    private StatementText() {
    }

    /** The statement in English and French, in the order of {@link Messages#SUPPORTED}. */
    public static List<Rendered> inEveryLanguage(StatementOfReasons statement) {
        return Messages.SUPPORTED.stream().map(locale -> render(statement, locale)).toList();
    }

    public static Rendered render(StatementOfReasons statement, Locale locale) {
        Messages words = Messages.in(locale);
        Facts facts = statement.facts();
        List<String> lines = new ArrayList<>();
        lines.add(words.get(statement.restriction().messageKey()));
        lines.add(subject(statement, words));
        lines.add(words.get("statement.facts.category", words.get("statement.category." + facts.category().code())));
        lines.add(detection(facts, words));
        if (facts.decisionReason() != null) {
            lines.add(words.get("statement.facts.reason", words.get("statement.reason." + facts.decisionReason().name())));
        }
        Ground ground = statement.ground();
        lines.add(words.get("statement.ground.policy", ground.policyClause()));
        lines.add(ground.illegal() ? words.get("statement.ground.legal", ground.legalGround())
                : words.get("statement.ground.incompatible"));
        lines.add(words.get(statement.automatedDetection() ? "statement.automated.detection.yes"
                : "statement.automated.detection.no"));
        lines.add(words.get("statement.automated.decision." + statement.automatedDecision().name()));
        lines.add(redress(statement.redress(), words));
        lines.add(words.get("statement.issued", words.time(statement.issuedAt()), statement.version(),
                statement.publicId().value()));
        return new Rendered(locale.toLanguageTag(), words.get("statement.title"), List.copyOf(lines));
    }

    private static String detection(Facts facts, Messages words) {
        if (facts.bankKind() != null) {
            return words.get(facts.detection().messageKey(), words.get("statement.bank." + facts.bankKind().name()));
        }
        // A hash match without a bank: the upload matched content already hidden while it is reviewed.
        return words.get(facts.detection() == Detection.HASH_MATCH ? "statement.detection.HASH_MATCH.pending"
                : facts.detection().messageKey());
    }

    private static String subject(StatementOfReasons statement, Messages words) {
        if (statement.scope() == Scope.UPLOAD) {
            Subject.Upload upload = statement.upload().orElseThrow();
            return upload.reference() != null ? words.get("statement.subject.upload", upload.reference())
                    : words.get("statement.subject.uploadHash", upload.hashType().toUpperCase(Locale.ROOT),
                            upload.hash());
        }
        if (statement.scope() == Scope.ACCOUNT) {
            return statement.platformContentId()
                    .map(content -> words.get("statement.subject.accountFor", statement.uploaderId().orElse(""), content))
                    .orElseGet(() -> words.get("statement.subject.account", statement.uploaderId().orElse("")));
        }
        return words.get("statement.subject.content", statement.platformContentId().orElse(""));
    }

    private static String redress(Redress redress, Messages words) {
        if (!redress.appealOpen()) {
            return words.get("statement.redress.none");
        }
        String until = words.time(redress.appealUntil());
        return redress.address() == null || redress.address().isBlank()
                ? words.get("statement.redress.appeal", until)
                : words.get("statement.redress.appealAt", until, redress.address());
    }
}
