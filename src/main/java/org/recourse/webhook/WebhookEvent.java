package org.recourse.webhook;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recourse.content.Visibility;
import org.recourse.content.VisibilityChanged;
import org.recourse.platform.rest.JsonSupport;

/**
 * One thing the platform is told, as JSON: {@code {"id":"evt_…","type":"content.hidden","createdAt":…,"data":{…}}}.
 * The id is the idempotency key; {@code data.sequence} counts an item's visibility changes, so a receiver applies an
 * event only if it is newer than what it has (a dead delivery retried late cannot undo a later change).
 */
public record WebhookEvent(String id, String type, String orderingKey, Instant at, String json) {

    public WebhookEvent {
        Objects.requireNonNull(id, "An id is required.");
        Objects.requireNonNull(type, "A type is required.");
        Objects.requireNonNull(orderingKey, "An ordering key is required.");
        Objects.requireNonNull(at, "A time is required.");
        Objects.requireNonNull(json, "A body is required.");
    }

    /** content.hidden, content.removed or content.restored, for one item. */
    public static WebhookEvent of(VisibilityChanged change) {
        String type = typeOf(change.visibility());
        JsonObject data = JsonSupport.object()
                .add("contentId", change.platformContentId())
                .add("visibility", change.visibility().name())
                .add("served", change.visibility().isServed())
                .add("since", change.since().toString())
                .add("sequence", change.sequence())
                .build();
        return create(type, "content:" + change.platformContentId(), change.since(), data);
    }

    static String typeOf(Visibility visibility) {
        return switch (visibility) {
            case HIDDEN_PENDING_REVIEW -> "content.hidden";
            case REMOVED -> "content.removed";
            case RESTORED, VISIBLE -> "content.restored";
        };
    }

    /** An event with a fresh id. */
    public static WebhookEvent create(String type, String orderingKey, Instant at, JsonObject data) {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String json = JsonSupport.object()
                .add("id", id)
                .add("type", type)
                .add("createdAt", at.toString())
                .add("data", data)
                .build().toString();
        return new WebhookEvent(id, type, orderingKey, at, json);
    }
}
