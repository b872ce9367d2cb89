package org.recourse.platform.settings;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;

/** Produces the clock and the review-time policy that the domain uses. */
@jakarta.enterprise.context.ApplicationScoped
public class PolicyProducer {

    /**
     * The one clock of the application: domain code takes time from here, never from {@code Instant.now()}. It ticks
     * in microseconds, what both databases store, so a time the API answers at once reads the same when asked again.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Review windows from {@code recourse.sla.<category code>} and {@code recourse.sla.self_report} (ISO-8601). */
    @Produces
    @Singleton
    SlaPolicy slaPolicy() {
        Config config = ConfigProvider.getConfig(PolicyProducer.class.getClassLoader());
        Map<Category, Duration> windows = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            config.getOptionalValue("recourse.sla." + category.code(), String.class)
                    .ifPresent(value -> windows.put(category, Duration.parse(value)));
        }
        Duration selfReport = config.getOptionalValue("recourse.sla.self_report", String.class)
                .map(Duration::parse).orElse(Duration.ofHours(1));
        return new SlaPolicy(windows, selfReport);
    }
}
