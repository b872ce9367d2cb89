package org.recourse.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces the review-time policy from the settings, beside the cases it times. */
@ApplicationScoped
public class SlaPolicyProducer {

    /** Review windows from {@code recourse.sla.<category code>} and {@code recourse.sla.self_report} (ISO-8601). */
    @Produces
    @Singleton
    SlaPolicy slaPolicy() {
        Config config = ConfigProvider.getConfig(SlaPolicyProducer.class.getClassLoader());
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
