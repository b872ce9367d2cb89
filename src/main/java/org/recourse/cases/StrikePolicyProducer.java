package org.recourse.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces the strike policy from the settings, beside the categories it rules. */
@ApplicationScoped
public class StrikePolicyProducer {

    /**
     * Rules from {@code recourse.sanctions.<category code>}: {@code none}, {@code ban} or {@code 3 strikes in 365 days}.
     *
     * @throws IllegalStateException naming the setting, so that a portal with a wrong one does not start
     */
    @Produces
    @Singleton
    StrikePolicy strikePolicy() {
        Config config = ConfigProvider.getConfig(StrikePolicyProducer.class.getClassLoader());
        Map<Category, SanctionRule> rules = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            String key = "recourse.sanctions." + category.code();
            config.getOptionalValue(key, String.class).ifPresent(value -> {
                try {
                    rules.put(category, SanctionRule.parse(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(key + ": " + e.getMessage(), e);
                }
            });
        }
        try {
            return new StrikePolicy(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("recourse.sanctions.child_sexual_imagery: " + e.getMessage(), e);
        }
    }
}
