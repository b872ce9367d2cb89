package org.recourse.testing;

import java.util.ArrayList;
import java.util.List;
import org.recourse.webhook.WebhookEvent;
import org.recourse.webhook.WebhookOutbox;

/** Stands in for the webhook outbox in service tests outside the container: keeps what was published, in order. */
public final class RecordingWebhookOutbox extends WebhookOutbox {

    private final List<WebhookEvent> published = new ArrayList<>();

    @Override
    public int publish(WebhookEvent event) {
        published.add(event);
        return 1;
    }

    @Override
    public int publish(java.util.function.Supplier<WebhookEvent> event) {
        return publish(event.get());
    }

    public List<WebhookEvent> published() {
        return List.copyOf(published);
    }

    public List<String> types() {
        return published.stream().map(WebhookEvent::type).toList();
    }
}
