package org.recourse.context;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.webhook.WebhookEvent;

/**
 * The {@code uploader.flagged} webhook: the platform is told once per crossing that an uploader's behaviour is over
 * the threshold, with the counts behind it, so that it can send the account to its own review. Automated, and no
 * sanction: nothing is banned or removed by a flag. Nothing of any text or reporter is in it.
 */
final class FlagEvents {

    static final String FLAGGED = "uploader.flagged";

    private FlagEvents() {
    }

    static WebhookEvent flagged(Standing standing, Instant at) {
        JsonObject data = JsonSupport.object()
                .add("uploaderId", standing.uploaderId())
                .add("score", standing.score())
                .add("flagAt", standing.flagAt())
                .add("windowDays", standing.windowDays())
                .add("signals", standing.signalsJson())
                .add("flaggedAt", at.toString())
                .add("automated", true)
                .add("recommendation", "review the account")
                .build();
        return WebhookEvent.create(FLAGGED, "uploader:" + standing.uploaderId(), at, data);
    }
}
