package org.recourse.screening.staydown.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.screening.policy.PolicyDecision;
import org.recourse.screening.policy.PolicyOutcome;
import org.recourse.screening.staydown.UploadScreening;

/** The upload policy's part of a screening answer, and the verdict it makes with the banks' one. */
final class PolicyAnswer {

    private PolicyAnswer() {
    }

    /**
     * The stricter wins: BLOCK, HOLD (a bank's or the policy's), then REQUIRE_VERIFICATION, then ALLOW. An upload the
     * banks allow but the policy asks to verify is never answered ALLOW, so a platform that reads only the verdict
     * does not publish it.
     */
    static String verdict(UploadScreening.Verdict verdict) {
        if (verdict.outcome() == UploadScreening.Outcome.ALLOW && verdict.policy() != null
                && verdict.policy().outcome() == PolicyOutcome.REQUIRE_VERIFICATION) {
            return PolicyOutcome.REQUIRE_VERIFICATION.name();
        }
        return verdict.outcome().name();
    }

    static JsonObject of(PolicyDecision decision, Messages messages) {
        JsonArrayBuilder conditions = JsonSupport.array();
        decision.conditions().forEach(c -> conditions.add(JsonSupport.object().add("condition", c.kind().code())
                .add("value", c.value())));
        return JsonSupport.object().add("outcome", decision.outcome().name()).add("rule", decision.rule())
                .add("reason", decision.reason()).add("reasonText", decision.reasonText(messages))
                .add("conditions", conditions).add("tier", decision.tier().code()).add("version", decision.version())
                .build();
    }
}
