package org.recourse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Gauges of the outboxes' backlogs, read from the database when /metrics is scraped. */
@ApplicationScoped
public class BacklogGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    Backlogs backlogs;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("recourse_outbox_pending", "Mail waiting to be sent", b -> b.mail().pending());
        gauge("recourse_outbox_failing", "Mail waiting after a failed attempt", b -> b.mail().failing());
        gauge("recourse_outbox_dead", "Mail given up, waiting for an admin", b -> b.mail().dead());
        gauge("recourse_webhook_pending", "Webhook deliveries waiting", b -> b.webhooks().pending());
        gauge("recourse_webhook_failing", "Webhook deliveries waiting after a failed attempt", b -> b.webhooks().failing());
        gauge("recourse_webhook_dead", "Webhook deliveries given up, waiting for an admin", b -> b.webhooks().dead());
        gauge("recourse_hotline_pending", "Hotline reports waiting to be filed", b -> b.hotlineReports().pending());
        gauge("recourse_hotline_failing", "Hotline reports waiting after a failed attempt",
                b -> b.hotlineReports().failing());
        gauge("recourse_hotline_dead", "Hotline reports given up, waiting for an admin",
                b -> b.hotlineReports().dead());
        gauge("recourse_hotline_filed", "Hotline reports filed", Backlogs::hotlineReportsFiled);
    }

    private void gauge(String name, String description, ToLongFunction<Backlogs> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), backlogs,
                b -> (double) value.applyAsLong(b));
    }
}
