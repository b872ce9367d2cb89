package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the behaviour policy from the settings on every call, so a changed setting applies without a restart:
 * {@code recourse.context.behaviour.window} (P30D), {@code .flag-at} (10) and {@code .weight.<kind>} (held 3,
 * blocked 5, near-miss 1, reported 2, context-match 3). A setting out of its bounds fails loudly at first use.
 */
@ApplicationScoped
public class BehaviourPolicyProducer {

    static final String PREFIX = "recourse.context.behaviour.";
    static final Map<SignalKind, Integer> DEFAULT_WEIGHTS = Map.of(SignalKind.HELD, 3, SignalKind.BLOCKED, 5,
            SignalKind.NEAR_MISS, 1, SignalKind.REPORTED, 2, SignalKind.CONTEXT_MATCH, 3);
    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    static final int DEFAULT_FLAG_AT = 10;

    public BehaviourPolicy policy() {
        Config config = ConfigProvider.getConfig(BehaviourPolicyProducer.class.getClassLoader());
        return read(key -> config.getOptionalValue(key, String.class));
    }

    /** The policy from settings looked up by name. */
    static BehaviourPolicy read(Function<String, Optional<String>> settings) {
        Map<SignalKind, Integer> weights = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            weights.put(kind, settings.apply(PREFIX + "weight." + key(kind)).map(text -> Integer.parseInt(text.strip()))
                    .orElse(DEFAULT_WEIGHTS.get(kind)));
        }
        Duration window = settings.apply(PREFIX + "window")
                .map(text -> Duration.parse(text.strip().toUpperCase(Locale.ROOT))).orElse(DEFAULT_WINDOW);
        int flagAt = settings.apply(PREFIX + "flag-at").map(text -> Integer.parseInt(text.strip()))
                .orElse(DEFAULT_FLAG_AT);
        return new BehaviourPolicy(weights, window, flagAt);
    }

    /** A kind as its setting names it: {@code near-miss}, {@code context-match}. */
    static String key(SignalKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
