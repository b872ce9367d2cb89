package org.recourse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.recourse.intake.ReportFiled;

/**
 * The portal's own metrics, in the application registry (served at /metrics?scope=application): reports received,
 * items hidden, SLA breaches, webhook deliveries, failures and latency. Backlogs are gauges read from the database on
 * each scrape ({@link BacklogGauges}). Counters count on each node; add them up across nodes.
 */
@ApplicationScoped
public class RecourseMetrics {

    @Inject
    MetricRegistry registry;

    void reportFiled(@Observes ReportFiled filed) {
        counter("recourse_reports_received", "Reports received, by form and API").inc();
        counter("recourse_items_hidden", "Hosted items hidden by a report").inc(filed.receipt().itemsHidden());
    }

    public void slaBreaches(int breached) {
        if (breached > 0) {
            counter("recourse_sla_breaches", "Cases that went past their review time").inc(breached);
        }
    }

    public void webhookDelivered(Duration request, Duration sinceEvent) {
        counter("recourse_webhook_deliveries", "Webhook deliveries the platform accepted").inc();
        timer("recourse_webhook_request", "How long the platform took to answer a webhook").update(request);
        histogram("recourse_webhook_latency", "From the change to its delivery")
                .update(sinceEvent.toMillis());
    }

    public void webhookFailed() {
        counter("recourse_webhook_failures", "Webhook attempts that failed (each is retried)").inc();
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    private Timer timer(String name, String description) {
        return registry.timer(Metadata.builder().withName(name).withDescription(description)
                .withUnit(MetricUnits.NANOSECONDS).build());
    }

    private Histogram histogram(String name, String description) {
        return registry.histogram(Metadata.builder().withName(name).withDescription(description)
                .withUnit(MetricUnits.MILLISECONDS).build());
    }
}
