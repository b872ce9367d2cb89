package org.recourse.platform.i18n;

import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reader's time zone, from what their browser says (a cookie its script sets) or the portal's default. The
 * browser's word is outside input: only a known region id of bounded length is taken, never an offset it makes up.
 */
public final class TimeZones {

    /** The cookie the staff script writes with the browser's zone ({@code Intl.DateTimeFormat}). */
    public static final String COOKIE = "recourse-tz";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+){0,2}");

    private TimeZones() {
    }

    /** A known zone id, or empty for anything else (too long, odd characters, unknown to the JDK). */
    public static Optional<ZoneId> parse(String wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.length() > 64 || !SHAPE.matcher(wanted).matches()
                || !ZoneId.getAvailableZoneIds().contains(wanted)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(wanted));
    }

    /** The first usable of the reader's own choice and the browser's, else the fallback. */
    public static ZoneId choose(String profile, String browser, ZoneId fallback) {
        return parse(profile).or(() -> parse(browser)).orElse(fallback);
    }
}
