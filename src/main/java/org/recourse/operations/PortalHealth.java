package org.recourse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health at /health: live while the application runs; ready while the database answers and the outboxes are not
 * stuck. A platform that is down leaves webhooks waiting, which is what the outbox is for, so only a backlog far
 * beyond normal takes a node out of the load balancer; the numbers are in the answer either way.
 */
@ApplicationScoped
public class PortalHealth {

    @Inject
    Backlogs backlogs;

    @Inject
    @ConfigProperty(name = "recourse.health.max-stuck", defaultValue = "10000")
    long maxStuck;

    @jakarta.enterprise.inject.Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.up("recourse");
    }

    @jakarta.enterprise.inject.Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try {
                backlogs.ping();
                return HealthCheckResponse.up("database");
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName())
                        .build();
            }
        };
    }

    @jakarta.enterprise.inject.Produces
    @Readiness
    HealthCheck outboxes() {
        return () -> {
            HealthCheckResponseBuilder answer = HealthCheckResponse.named("outboxes");
            try {
                Backlogs.Backlog mail = backlogs.mail();
                Backlogs.Backlog webhooks = backlogs.webhooks();
                answer.withData("mailPending", mail.pending()).withData("mailStuck", mail.stuck())
                        .withData("mailDead", mail.dead()).withData("webhooksPending", webhooks.pending())
                        .withData("webhooksStuck", webhooks.stuck()).withData("webhooksDead", webhooks.dead());
                return answer.status(mail.stuck() + webhooks.stuck() <= maxStuck).build();
            } catch (RuntimeException e) {
                return answer.down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
