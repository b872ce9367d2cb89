package org.recourse.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.i18n.ReadableTime;
import org.recourse.platform.i18n.TimeZones;

/**
 * Lets a staff page write a moment for its reader: {@code #{times.at(x)}}, {@code #{times.ago(x)}},
 * {@code #{times.due(x)}}. The zone is the reader's own choice ({@link org.recourse.platform.i18n.ZonePreference}),
 * else the one their browser reported (a cookie the staff script sets), else the portal's
 * {@code recourse.staff.time-zone}; everything is rendered by the server, so it reads the same with
 * JavaScript off.
 */
@Named
@RequestScoped
public class Times {

    @Inject
    HttpServletRequest request;

    @Inject
    RequestContext context;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<org.recourse.platform.i18n.ZonePreference> preferences;

    @Inject
    @ConfigProperty(name = "recourse.staff.time-zone", defaultValue = "UTC")
    String defaultZone;

    private ZoneId zone;

    @PostConstruct
    void chooseZone() {
        String browser = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(cookie -> TimeZones.COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
        String own = preferences.isResolvable() ? context.signedIn().flatMap(preferences.get()::of).orElse(null) : null;
        zone = TimeZones.choose(own, browser, TimeZones.parse(defaultZone).orElse(ZoneId.of("UTC")));
    }

    /** Formatting for this request: its language, its reader's zone, the clock's now. */
    public ReadableTime readable() {
        return new ReadableTime(context.messages(), zone, clock.instant());
    }

    public String at(Instant instant) {
        return readable().at(instant);
    }

    public String ago(Instant instant) {
        return readable().ago(instant);
    }

    public String due(Instant deadline) {
        return readable().due(deadline);
    }

    public String span(Duration duration) {
        return duration == null ? "–" : readable().span(duration);
    }

    public boolean passed(Instant deadline) {
        return readable().passed(deadline);
    }

    /** The moment in ISO-8601, for a {@code <time datetime>} attribute and the ticking script. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public ZoneId getZone() {
        return zone;
    }
}
