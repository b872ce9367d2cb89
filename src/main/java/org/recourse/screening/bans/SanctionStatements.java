package org.recourse.screening.bans;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.recourse.cases.StrikePolicy;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.webhook.WebhookEvent;

/**
 * The platform's webhooks for sanctions, each with its statement of reasons: the category, the rule applied, the case
 * and when it was decided, and that a person decided (never automated). Nothing about the reporter, ever: a reporter
 * is not an input here, and a supervisor's written reason (which could name one) stays in the audit log.
 */
final class SanctionStatements {

    static final String STRIKE = "uploader.strike";
    static final String BANNED = "uploader.banned";
    static final String UNBANNED = "uploader.unbanned";

    private SanctionStatements() {
    }

    /** A strike given by the policy for a removal. */
    static WebhookEvent strike(String uploaderId, StrikePolicy.Sanction sanction, String caseNumber,
            Instant decidedAt) {
        JsonObjectBuilder data = policy(uploaderId, sanction, caseNumber, decidedAt)
                .add("strikes", sanction.strikeNumber())
                .add("strikesToBan", sanction.rule().strikesToBan())
                .add("windowDays", sanction.rule().windowDays())
                .add("banned", sanction.ban());
        return WebhookEvent.create(STRIKE, orderingKey(uploaderId), decidedAt, data.build());
    }

    /** A ban given by the policy for a removal (at once, or at a strike). */
    static WebhookEvent bannedByPolicy(UploaderBan ban, StrikePolicy.Sanction sanction, Instant decidedAt) {
        JsonObjectBuilder data = policy(ban.uploaderId(), sanction, ban.caseNumber(), decidedAt)
                .add("reason", ban.reason());
        if (sanction.strike()) {
            data.add("strikes", sanction.strikeNumber()).add("windowDays", sanction.rule().windowDays());
        }
        return WebhookEvent.create(BANNED, orderingKey(ban.uploaderId()), ban.bannedAt(), data.build());
    }

    /** A ban by a supervisor's hand. */
    static WebhookEvent bannedByHand(UploaderBan ban) {
        JsonObject data = JsonSupport.object()
                .add("uploaderId", ban.uploaderId())
                .add("rule", "banned by a supervisor")
                .add("reason", "banned by a supervisor")
                .add("caseNumber", ban.caseNumber() == null ? "" : ban.caseNumber())
                .add("decidedAt", ban.bannedAt().toString())
                .add("automated", false)
                .add("statement", "Banned by a supervisor" + (ban.caseNumber() == null ? ""
                        : " in case " + ban.caseNumber()) + ", " + ban.bannedAt() + ".")
                .build();
        return WebhookEvent.create(BANNED, orderingKey(ban.uploaderId()), ban.bannedAt(), data);
    }

    /** A ban lifted by a supervisor, with the statement of reasons that the restriction ended. */
    static WebhookEvent unbanned(UploaderBan ban, JsonObject statementOfReasons) {
        JsonObject data = JsonSupport.object()
                .add("uploaderId", ban.uploaderId())
                .add("rule", "ban lifted by a supervisor")
                .add("caseNumber", ban.caseNumber() == null ? "" : ban.caseNumber())
                .add("decidedAt", ban.liftedAt().toString())
                .add("automated", false)
                .add("statement", "Ban lifted by a supervisor, " + ban.liftedAt() + ".")
                .add("statementOfReasons", statementOfReasons)
                .build();
        return WebhookEvent.create(UNBANNED, orderingKey(ban.uploaderId()), ban.liftedAt(), data);
    }

    private static JsonObjectBuilder policy(String uploaderId, StrikePolicy.Sanction sanction, String caseNumber,
            Instant decidedAt) {
        return JsonSupport.object()
                .add("uploaderId", uploaderId)
                .add("category", sanction.category().code())
                .add("rule", sanction.ruleApplied())
                .add("policy", sanction.rule().code())
                .add("caseNumber", caseNumber)
                .add("decidedAt", decidedAt.toString())
                .add("automated", false)
                .add("statement", statement(sanction, caseNumber, decidedAt));
    }

    /** One sentence a person at the platform can read: "Removed as survivor_harassment in case C-000012 ...". */
    static String statement(StrikePolicy.Sanction sanction, String caseNumber, Instant decidedAt) {
        String outcome = sanction.ban() ? (sanction.strike() ? "banned: " + sanction.ruleApplied()
                : "banned at once") : "given a strike: " + sanction.ruleApplied();
        return "Content removed as " + sanction.category().code() + " by a reviewer in case " + caseNumber + " at "
                + decidedAt + "; the uploader is " + outcome + " (policy: " + sanction.rule().code() + ").";
    }

    private static String orderingKey(String uploaderId) {
        return "uploader:" + uploaderId;
    }
}
