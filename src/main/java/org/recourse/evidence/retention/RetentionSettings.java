package org.recourse.evidence.retention;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the retention policy from the settings: {@code recourse.evidence.jurisdictions} ({@code US}, {@code CA}, both
 * comma-separated, or {@code NONE}), {@code recourse.retention.us} and {@code recourse.retention.ca} (ISO-8601
 * periods), and per jurisdiction {@code recourse.retention.<code>.below-statute}, the written reason that alone lets a
 * period be shorter than the statute. Every mistake names its setting, so a portal with a wrong one does not start.
 */
public final class RetentionSettings {

    public static final String JURISDICTIONS = "recourse.evidence.jurisdictions";
    /** No period is longer than this: a typo of P100Y for P1Y keeps records, a typo of P1000Y is surely one. */
    static final Period LONGEST = Period.ofYears(100);

    /** The policy, and a warning to log for each period accepted below its statute. */
    public record Reading(RetentionPolicy policy, List<String> warnings) {
    }

    private RetentionSettings() {
    }

    /**
     * @param setting a setting's value by name, empty when not set
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public static Reading read(Function<String, Optional<String>> setting) {
        EnumSet<Jurisdiction> applicable = jurisdictions(setting.apply(JURISDICTIONS).orElse("US"));
        Map<Jurisdiction, Period> periods = new EnumMap<>(Jurisdiction.class);
        Map<Jurisdiction, String> belowStatute = new EnumMap<>(Jurisdiction.class);
        List<String> warnings = new ArrayList<>();
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            Optional<Period> period = setting.apply(jurisdiction.setting()).map(value -> period(jurisdiction, value));
            period.ifPresent(value -> periods.put(jurisdiction, value));
            Optional<String> reason = setting.apply(jurisdiction.setting() + ".below-statute")
                    .map(String::strip).filter(text -> !text.isEmpty());
            reason.ifPresent(text -> belowStatute.put(jurisdiction, text));
            if (period.isPresent() && reason.isPresent()
                    && !RetentionPolicy.atLeast(period.get(), jurisdiction.statutoryMinimum())) {
                warnings.add(jurisdiction.setting() + "=" + period.get() + " is shorter than "
                        + jurisdiction.statute() + " asks (" + jurisdiction.statutoryMinimum()
                        + "); accepted because " + jurisdiction.setting() + ".below-statute says: " + reason.get());
            }
        }
        return new Reading(new RetentionPolicy(applicable, periods, belowStatute), List.copyOf(warnings));
    }

    static EnumSet<Jurisdiction> jurisdictions(String value) {
        EnumSet<Jurisdiction> applicable = EnumSet.noneOf(Jurisdiction.class);
        boolean none = false;
        for (String part : value.split(",", -1)) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.equals("NONE")) {
                none = true;
                continue;
            }
            try {
                applicable.add(Jurisdiction.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(JURISDICTIONS + ": '" + part.strip()
                        + "' is not one of US, CA or NONE.", e);
            }
        }
        if (none && !applicable.isEmpty()) {
            throw new IllegalArgumentException(JURISDICTIONS + ": NONE cannot be combined with a jurisdiction.");
        }
        return applicable;
    }

    private static Period period(Jurisdiction jurisdiction, String value) {
        Period period;
        try {
            period = Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(jurisdiction.setting() + ": '" + value.strip()
                    + "' is not an ISO-8601 period such as P1Y or P21D.", e);
        }
        if (!RetentionPolicy.atLeast(LONGEST, period)) {
            throw new IllegalArgumentException(jurisdiction.setting() + ": " + period + " is longer than "
                    + LONGEST + "; give a real period.");
        }
        return period;
    }
}
