package org.recourse.webhook;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.recourse.platform.jobs.IntervalJob;

/**
 * Runs the {@link WebhookDispatcher} every {@code recourse.jobs.webhook-interval} (2 s by default) on every node.
 * Nodes share the work through the claims ({@code skip locked}), never by luck.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookSchedule extends IntervalJob {

    @Inject
    WebhookDispatcher dispatcher;

    public WebhookSchedule() {
        super("webhook-dispatch", "recourse.jobs.webhook-interval", "PT2S",
                "Sending webhooks failed; the next run tries again");
    }

    @Override
    protected void runOnce() {
        dispatcher.dispatchDue();
    }
}
