package org.recourse.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.recourse.screening.ScreeningStatements;

/**
 * Screening's statements, issued in screening's transaction: an upload held or blocked that names no registered item,
 * a blocked text, and the end of a ban. Each is a line of its own subject, so a second screening of the same bytes or
 * a second lift adds a version only when it says something new.
 */
@ApplicationScoped
public class ScreeningStatementsIssuer implements ScreeningStatements {

    @Inject
    StatementService statements;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String unreportedUpload(UnreportedUpload upload) {
        Subject subject = Subject.upload(new Subject.Upload(upload.reference(), upload.hashType(), upload.hash()));
        Restriction restriction = upload.blocked() ? Restriction.UPLOAD_BLOCKED : Restriction.UPLOAD_HELD;
        Facts facts = StatementRules.uploadFacts(upload.category(), upload.bankKind(),
                upload.uploaderBanned() || upload.byPolicy());
        return issueUnlessSame(subject, restriction, facts);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String blockedText(String sha256) {
        Subject subject = Subject.upload(new Subject.Upload(null, "sha256", sha256));
        return issueUnlessSame(subject, Restriction.UPLOAD_BLOCKED, StatementRules.textFacts());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> currentForContent(String platformContentId) {
        return statements.current("content:" + platformContentId).map(s -> s.publicId().value());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public JsonObject banLifted(String uploaderId) {
        Optional<StatementOfReasons> ban = statements.current("uploader:" + uploaderId);
        Subject subject = ban.map(StatementOfReasons::subject)
                .orElseGet(() -> Subject.account(uploaderId, null, null));
        Facts facts = ban.map(StatementOfReasons::facts).orElseGet(StatementRules::staffFacts);
        StatementOfReasons lifted = statements.issue(new StatementService.Issue(subject, Restriction.BAN_LIFTED, facts,
                AutomatedDecision.NOT_AUTOMATED));
        return StatementJson.of(lifted, ban.map(StatementOfReasons::publicId).orElse(null));
    }

    private String issueUnlessSame(Subject subject, Restriction restriction, Facts facts) {
        Optional<StatementOfReasons> current = statements.current(subject.key());
        if (current.isPresent() && current.get().restriction() == restriction
                && current.get().facts().equals(facts)) {
            return current.get().publicId().value();
        }
        return statements.issue(new StatementService.Issue(subject, restriction, facts)).publicId().value();
    }

}
