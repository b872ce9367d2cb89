package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the links in a reporter's mail point, and how long an address is kept after its case is closed. */
@Named
@ApplicationScoped
public class ContactSettings {

    @Inject
    @ConfigProperty(name = "recourse.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "recourse.contact.retention", defaultValue = "P30D")
    String retention;

    /** How long after its case is closed a reporter's address is deleted. */
    public Duration retention() {
        return Duration.parse(retention);
    }

    /** The retention in whole days, as the consent box and the mails state it. */
    public long getRetentionDays() {
        return Math.max(1, retention().toDays());
    }

    public String statusUrl() {
        return base() + "/status";
    }

    public String stopUrl(String token) {
        return base() + "/contact/stop?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String base() {
        String base = publicUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
