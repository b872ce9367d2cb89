package org.recourse.screening.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recourse.platform.secrets.SecretSeal;

/**
 * A partnership with another platform, made and changed by admins: its agreed HMAC key (sealed under the secrets key,
 * opened only to hash), the partner's Ed25519 public key that signs what it sends, what flows, and whether it is
 * enabled. An import moves {@link #lastImportGenerated} forward only, which is how a replayed or older file is told.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    /** What the sealed HMAC key is for: bound into its sealing, so it opens nowhere else. */
    static final String KEY_PURPOSE = "partnership.hmac_key";
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{2,100}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Column(name = "hmac_key", nullable = false, length = 200)
    private String sealedKey;

    @Column(name = "hmac_key_id", nullable = false, length = 16)
    private String keyId;

    @Column(name = "partner_public_key", length = 200)
    private String partnerPublicKey;

    @Column(name = "partner_key_print", length = 64)
    private String partnerKeyPrint;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_import_generated")
    private Instant lastImportGenerated;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Partnership() {
        // for JPA
    }

    /**
     * A new partnership, enabled.
     *
     * @throws PartnershipRefusedException if the name, key or partner key is not one, or an importing partnership
     *     has no partner key to check its files with
     */
    static Partnership create(String name, Direction direction, String hmacKeyBase64, String partnerKeyText,
            String admin, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new PartnershipRefusedException("staff.partners.error.name");
        }
        Objects.requireNonNull(direction, "A direction is required.");
        SignalHasher hasher = SignalHasher.ofBase64(hmacKeyBase64)
                .orElseThrow(() -> new PartnershipRefusedException("staff.partners.error.key"));
        Optional<ExchangeKey> partnerKey = partnerKeyText == null || partnerKeyText.isBlank() ? Optional.empty()
                : Optional.of(ExchangeKey.parsePublic(partnerKeyText)
                        .orElseThrow(() -> new PartnershipRefusedException("staff.partners.error.publicKey")));
        if (direction.imports() && partnerKey.isEmpty()) {
            throw new PartnershipRefusedException("staff.partners.error.publicKeyNeeded");
        }
        Partnership partnership = new Partnership();
        partnership.name = trimmed;
        partnership.direction = direction;
        partnership.sealedKey = SecretSeal.current().seal(hmacKeyBase64.strip(), KEY_PURPOSE);
        partnership.keyId = hasher.keyId();
        partnership.partnerPublicKey = partnerKey.map(ExchangeKey::publicKeyBase64).orElse(null);
        partnership.partnerKeyPrint = partnerKey.map(ExchangeKey::fingerprint).orElse(null);
        partnership.enabled = true;
        partnership.createdAt = Objects.requireNonNull(now);
        partnership.changedAt = now;
        partnership.createdBy = Objects.requireNonNull(admin, "Who creates it is required.");
        return partnership;
    }

    /** Turns the partnership on or off; false if it already was so. */
    boolean enable(boolean on, Instant now) {
        if (enabled == on) {
            return false;
        }
        enabled = on;
        changedAt = now;
        return true;
    }

    /** The hasher under the agreed key (opened from its seal). */
    SignalHasher hasher() {
        return SignalHasher.ofBase64(SecretSeal.current().open(sealedKey, KEY_PURPOSE))
                .orElseThrow(() -> new IllegalStateException("The key of partnership " + id + " is damaged"));
    }

    /**
     * What an import from this partner is held against.
     *
     * @throws FileRefusedException if the partnership takes no files now (disabled, export only, no partner key)
     */
    SignalFile.Expected expectation(Instant now, long maxBytes, int maxSignals) {
        if (!enabled || !direction.imports() || partnerPublicKey == null) {
            throw new FileRefusedException(Refusal.NOT_IMPORTING, "This partnership takes no files now");
        }
        return new SignalFile.Expected(ExchangeKey.parsePublic(partnerPublicKey).orElseThrow(), keyId,
                lastImportGenerated, now, maxBytes, maxSignals);
    }

    /** Records the newest file imported (never moves back). */
    void imported(Instant generatedAt, Instant now) {
        if (lastImportGenerated == null || generatedAt.isAfter(lastImportGenerated)) {
            lastImportGenerated = generatedAt;
        }
        changedAt = now;
    }

    public boolean canExport() {
        return enabled && direction.exports();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Direction direction() {
        return direction;
    }

    public String keyId() {
        return keyId;
    }

    public String partnerKeyPrint() {
        return partnerKeyPrint;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastImportGenerated() {
        return lastImportGenerated;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
