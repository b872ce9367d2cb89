package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.recourse.cases.Category;

/**
 * What context screening does with a match, read on every call: {@code recourse.context.abuse-lists} (the phrase
 * lists whose terms are associated with abuse, default {@code abuse-associated}), {@code open-case-on-abuse-term}
 * (true: such a term on content with no open case hides it pending review and opens one), {@code abuse-category}
 * (the case's category, default {@code child_sexual_imagery}), {@code expedite-within} (PT4H: a match on content
 * with an open case brings its review at least this close) and {@code abuse-expedite-within} (PT1H, for an
 * abuse-associated term).
 */
@ApplicationScoped
public class ContextSettings {

    static final String PREFIX = "recourse.context.";

    public Set<String> abuseLists() {
        return Arrays.stream(config().getOptionalValue(PREFIX + "abuse-lists", String.class).orElse("abuse-associated")
                .split(",")).map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean openCaseOnAbuseTerm() {
        return config().getOptionalValue(PREFIX + "open-case-on-abuse-term", Boolean.class).orElse(true);
    }

    public Category abuseCategory() {
        String code = config().getOptionalValue(PREFIX + "abuse-category", String.class).orElse("child_sexual_imagery");
        return Category.fromCode(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new IllegalStateException("recourse.context.abuse-category is not a category: " + code));
    }

    public Duration expediteWithin() {
        return duration("expedite-within", Duration.ofHours(4));
    }

    public Duration abuseExpediteWithin() {
        return duration("abuse-expedite-within", Duration.ofHours(1));
    }

    private static Duration duration(String key, Duration fallback) {
        Duration value = config().getOptionalValue(PREFIX + key, String.class)
                .map(text -> Duration.parse(text.strip().toUpperCase(Locale.ROOT))).orElse(fallback);
        if (value.isNegative()) {
            throw new IllegalStateException("recourse.context." + key + " cannot be negative: " + value);
        }
        return value;
    }

    private static Config config() {
        return ConfigProvider.getConfig(ContextSettings.class.getClassLoader());
    }
}
