package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The appeal window after a statement of reasons ({@code recourse.appeals.window}, default six months, DSA art. 20(1))
 * and the appeal queue's SLA ({@code recourse.appeals.sla}, default seven days), ISO-8601 durations.
 */
@ApplicationScoped
public class AppealSettings {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(183);
    public static final Duration DEFAULT_SLA = Duration.ofDays(7);

    public Duration window() {
        return read("recourse.appeals.window", DEFAULT_WINDOW);
    }

    public Duration sla() {
        return read("recourse.appeals.sla", DEFAULT_SLA);
    }

    /** Read on every call, so a changed setting applies without a restart; "P6M" is read as 183 days. */
    private static Duration read(String key, Duration fallback) {
        return ConfigProvider.getConfig(AppealSettings.class.getClassLoader()).getOptionalValue(key, String.class)
                .map(AppealSettings::parse).orElse(fallback);
    }

    static Duration parse(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.matches("P\\d{1,3}M")) {
            // java.time.Duration has no months; a period of n months is taken as n × 30.5 days, rounded up.
            long months = Long.parseLong(value.substring(1, value.length() - 1));
            return Duration.ofDays((months * 61 + 1) / 2);
        }
        Duration parsed = Duration.parse(value);
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException("An appeal duration must be positive: " + text);
        }
        return parsed;
    }
}
