package org.recourse.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A platform service that may call the API with its key, within its scopes, until an admin revokes it. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "key_prefix", nullable = false, unique = true, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiClient() {
        // for JPA
    }

    ApiClient(String name, ApiKey key, Set<Scope> scopes, String createdBy, Instant now) {
        String trimmed = Objects.requireNonNull(name, "A name is required.").strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("A client's name has 1 to " + MAX_NAME + " characters.");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A key needs at least one scope.");
        }
        this.name = trimmed;
        this.keyPrefix = key.prefix();
        this.keyHash = key.hash();
        this.scopes = Scope.encode(scopes);
        this.createdBy = Objects.requireNonNull(createdBy, "Who creates the key is required.");
        this.createdAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** Revoked keys stay listed (who had access, until when) and are refused from then on. */
    void revoke(String admin, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = admin;
        }
    }

    public boolean accepts(ApiKey key) {
        return revokedAt == null && key.prefix().equals(keyPrefix) && key.matches(keyHash);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Set<Scope> scopes() {
        return Scope.decode(scopes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
