package org.recourse.evidence.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times on the LEGAL pages: UTC, to the second, written the same way in every language, since they are compared with
 * manifests, custody logs and other parties' records.
 */
@Named("legalFormat")
@ApplicationScoped
public class LegalFormat {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
