package org.recourse.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.recourse.cases.Category;

/** Produces the signal policy from the settings; a wrong setting stops the portal from starting, naming it. */
@ApplicationScoped
public class SignalPolicyProducer {

    static final String THRESHOLD = "recourse.signals.threshold.";
    static final String CATEGORY = "recourse.signals.category.";
    /** The same settings as one list each, for environments whose variables cannot hold dots and hyphens. */
    static final String THRESHOLDS = "recourse.signals.thresholds";
    static final String CATEGORIES = "recourse.signals.categories";

    @Produces
    @Singleton
    SignalPolicy signalPolicy() {
        Config config = ConfigProvider.getConfig(SignalPolicyProducer.class.getClassLoader());
        Map<String, String> settings = new HashMap<>();
        config.getOptionalValue(THRESHOLDS, String.class).ifPresent(list -> settings.putAll(listed(THRESHOLDS,
                THRESHOLD, list)));
        config.getOptionalValue(CATEGORIES, String.class).ifPresent(list -> settings.putAll(listed(CATEGORIES,
                CATEGORY, list)));
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(THRESHOLD) || name.startsWith(CATEGORY)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
            }
        }
        return read(settings);
    }

    /**
     * A list setting ({@code csam_likely=0.6; vendor-x.nudity=0.8}, separated by ; or ,) as the single settings it
     * stands for; a single setting of the same key, read after it, wins.
     *
     * @throws IllegalStateException naming the list for an entry without "="
     */
    static Map<String, String> listed(String listName, String prefix, String list) {
        Map<String, String> settings = new HashMap<>();
        for (String entry : list.split("[;,]")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException(listName + ": expected <key>=<value>, not " + entry.strip());
            }
            settings.put(prefix + entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return settings;
    }

    /**
     * The policy of these settings: {@code recourse.signals.threshold.[<classifier>.]<label>} = a number above 0 and at
     * most 1, or {@code none}; {@code recourse.signals.category.<label>} = a category's code.
     *
     * @throws IllegalStateException naming the first wrong setting
     */
    static SignalPolicy read(Map<String, String> settings) {
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, Category> categories = new HashMap<>();
        settings.forEach((name, raw) -> {
            String value = raw.strip();
            if (name.startsWith(THRESHOLD)) {
                String key = name.substring(THRESHOLD.length());
                requireKey(name, key, true);
                thresholds.put(key, threshold(name, value));
            } else if (name.startsWith(CATEGORY)) {
                String label = name.substring(CATEGORY.length());
                requireKey(name, label, false);
                categories.put(label, Category.fromCode(value).orElseThrow(() -> new IllegalStateException(name
                        + ": not a category's code: " + value)));
            }
        });
        return new SignalPolicy(thresholds, categories);
    }

    private static void requireKey(String name, String key, boolean classifierAllowed) {
        String[] parts = key.split("\\.", -1);
        boolean ok = parts.length == 1 ? SignalPolicy.LABEL.matcher(parts[0]).matches()
                : classifierAllowed && parts.length == 2 && SignalPolicy.CLASSIFIER.matcher(parts[0]).matches()
                        && SignalPolicy.LABEL.matcher(parts[1]).matches();
        if (!ok) {
            throw new IllegalStateException(name + ": expected " + (classifierAllowed ? "[<classifier>.]" : "")
                    + "<label> in lower case (a-z, 0-9, _; a classifier may also hold -)");
        }
    }

    private static Double threshold(String name, String value) {
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            double threshold = Double.parseDouble(value);
            if (threshold > 0 && threshold <= 1) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalStateException(name + ": a threshold is a number above 0 and at most 1, or none, not "
                + value);
    }
}
