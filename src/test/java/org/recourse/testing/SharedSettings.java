package org.recourse.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a portal several contracts share (each runs in it as a JUnit {@code @Nested} class, so the suite
 * boots one Payara Micro for all of them): each part's settings are added, and two parts that set the same key to
 * different values fail the deployment at once, naming the key, rather than leaving one part to run with the other's
 * value.
 */
public final class SharedSettings {

    private final Map<String, String> settings = new LinkedHashMap<>();

    public SharedSettings(Map<String, String> database) {
        settings.putAll(database);
    }

    /** Adds one part's settings; a key another part set to a different value is refused. */
    public SharedSettings add(String part, Map<String, String> own) {
        own.forEach((key, value) -> {
            String earlier = settings.putIfAbsent(key, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalStateException(part + " sets " + key + "=" + value + " but the shared portal already has "
                        + earlier + ": these parts cannot share a portal");
            }
        });
        return this;
    }

    public Map<String, String> toMap() {
        return Map.copyOf(settings);
    }
}
