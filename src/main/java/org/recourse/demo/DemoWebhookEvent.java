package org.recourse.demo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import org.recourse.platform.rest.JsonSupport;

/**
 * One webhook event as the demo platform reads it, from a body whose signature it has checked: its id (at most 40
 * characters), its type, and the content id and sequence of its data when there are.
 */
record DemoWebhookEvent(String id, String type, String contentId, Long sequence) {

    /** The event in a body, or empty when the body is not an event the demo can keep. */
    static Optional<DemoWebhookEvent> read(String body) {
        JsonObject event;
        try (var reader = JsonSupport.reader(new StringReader(body))) {
            event = reader.readObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String id = event.getString("id", null);
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        // A member of another type than the event's is no event to keep (found by fuzzing: "data":1 was a
        // ClassCastException out of the servlet).
        JsonValue data = event.getOrDefault("data", JsonValue.NULL);
        if (data != JsonValue.NULL && !(data instanceof JsonObject)) {
            return Optional.empty();
        }
        JsonValue sequence = data == JsonValue.NULL ? JsonValue.NULL : data.asJsonObject().getOrDefault("sequence",
                JsonValue.NULL);
        if (sequence != JsonValue.NULL && !(sequence instanceof JsonNumber number && number.isIntegral())) {
            return Optional.empty();
        }
        return Optional.of(new DemoWebhookEvent(id, event.getString("type", "unknown"),
                data == JsonValue.NULL ? null : data.asJsonObject().getString("contentId", null),
                sequence == JsonValue.NULL ? null : ((JsonNumber) sequence).longValue()));
    }
}
