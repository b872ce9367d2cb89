package org.recourse.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

/** An address of the platform that is told of every change, and the secret the messages are signed with. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    static final int MAX_URL = 500;
    static final int MIN_SECRET = 24;
    static final int MAX_SECRET = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @Column(nullable = false, length = 400)
    @jakarta.persistence.Convert(converter = org.recourse.platform.secrets.SealedWebhookSecret.class)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected WebhookEndpoint() {
        // for JPA
    }

    WebhookEndpoint(String url, String secret, String createdBy, Instant now) {
        if (!isEndpointUrl(url)) {
            throw new IllegalArgumentException("staff.webhooks.error.url");
        }
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new IllegalArgumentException("staff.webhooks.error.secret");
        }
        this.url = url.strip();
        this.secret = secret;
        this.active = true;
        this.createdBy = Objects.requireNonNull(createdBy, "Who registers the endpoint is required.");
        this.createdAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** An absolute http(s) address with a host, without user info (a password in a URL ends up in logs). */
    static boolean isEndpointUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    void deactivate() {
        active = false;
    }

    void activate() {
        active = true;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
