package org.recourse.content.demo;

import jakarta.json.JsonObject;
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
        JsonObject data = event.getJsonObject("data");
        return Optional.of(new DemoWebhookEvent(id, event.getString("type", "unknown"),
                data == null ? null : data.getString("contentId", null),
                data == null || !data.containsKey("sequence") ? null : data.getJsonNumber("sequence").longValue()));
    }
}
