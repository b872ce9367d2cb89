package org.recourse.screening.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.content.UploaderContextRepository;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.screening.bans.PartnerSignalCheck;

/**
 * Partnerships and the files exchanged with them: admins make, enable and disable partnerships; export this portal's
 * banned-uploader signals to one as a signed file; import a partner's signed file (all or nothing, its signals
 * replacing the partner's earlier ones). Every change, export and import is audited, and so is a refused import.
 * Account screening asks it, as {@link PartnerSignalCheck}, which partners' signals an account matches.
 */
@ApplicationScoped
public class PartnerSignals implements PartnerSignalCheck {

    /** A partnership as the admin page lists it. */
    public record Listed(Partnership partnership, long signals) {
    }

    /** A partnership made; the HMAC key made for it, to hand to the partner once (null if the admin gave one). */
    public record Created(Partnership partnership, String generatedKey) {
    }

    /** An export: its file name and text. */
    public record Export(String fileName, String file, int signals) {
    }

    /** An accepted import. */
    public record Imported(String fileId, int signals) {
    }

    @Inject
    PartnerRepository repository;

    @Inject
    BannedSignals banned;

    @Inject
    PartnerSigningKeys signingKeys;

    @Inject
    UploaderContextRepository contexts;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.partners.max-file-bytes", defaultValue = "16777216")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "recourse.partners.max-signals", defaultValue = "200000")
    int maxSignals;

    /** The largest partner file taken, in bytes (the admin API reads one byte more, to know it is too large). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Makes a partnership, enabled. With no key given, a fresh one is made and returned to be handed over once.
     *
     * @throws PartnershipRefusedException if a value is not one, or the name is taken; nothing is stored then
     */
    @Transactional
    public Created create(String name, Direction direction, String hmacKey, String partnerPublicKey, String admin) {
        boolean fresh = hmacKey == null || hmacKey.isBlank();
        String key = fresh ? SignalHasher.newKey() : hmacKey.strip();
        Partnership partnership = Partnership.create(name, direction, key, partnerPublicKey, admin, clock.instant());
        if (repository.nameTaken(partnership.name())) {
            throw new PartnershipRefusedException("staff.partners.error.nameTaken");
        }
        repository.add(partnership);
        audit.record(admin, "partnership.created", target(partnership), partnership.name() + " (" + direction
                + ", key " + partnership.keyId() + (partnership.partnerKeyPrint() == null ? ""
                : ", partner key " + partnership.partnerKeyPrint()) + ")");
        return new Created(partnership, fresh ? key : null);
    }

    /** Enables or disables a partnership (a disabled one's signals stop matching at once). Audited if it changed. */
    @Transactional
    public boolean setEnabled(long id, boolean enabled, String admin) {
        Partnership partnership = repository.lock(id).orElseThrow(() ->
                new PartnershipRefusedException("staff.partners.error.none"));
        if (!partnership.enable(enabled, clock.instant())) {
            return false;
        }
        audit.record(admin, enabled ? "partnership.enabled" : "partnership.disabled", target(partnership),
                partnership.name());
        return true;
    }

    @Transactional
    public List<Listed> list() {
        Map<Long, Long> counts = repository.signalCounts();
        return repository.list().stream().map(p -> new Listed(p, counts.getOrDefault(p.id(), 0L))).toList();
    }

    @Transactional
    public List<PartnerExchange> recentExchanges(int max) {
        return repository.recentExchanges(max);
    }

    /** This portal's public signing key, for partners to pin. */
    public ExchangeKey signingKey() {
        return signingKeys.current();
    }

    /**
     * The signed file of this portal's banned-uploader signals for a partnership, hashed under its key. Audited with
     * its count and recorded as an exchange.
     *
     * @throws PartnershipRefusedException if there is no such partnership, or it is disabled or only imports
     */
    @Transactional
    public Export export(long id, String admin) {
        Partnership partnership = repository.find(id).orElseThrow(() ->
                new PartnershipRefusedException("staff.partners.error.none"));
        if (!partnership.canExport()) {
            throw new PartnershipRefusedException("staff.partners.error.notExporting");
        }
        List<SharedSignal> signals = banned.signals(partnership.hasher());
        Instant now = clock.instant();
        String fileId = UUID.randomUUID().toString();
        String file = SignalFile.write(fileId, now, settings.platformName(), partnership.hasher(), signals,
                signingKeys.current());
        repository.add(new PartnerExchange(id, PartnerExchange.Way.EXPORT, fileId, now, signals.size(), admin, now));
        audit.record(admin, "partner.signals.exported", target(partnership), partnership.name() + ": "
                + signals.size() + " signals, file " + fileId);
        return new Export("signals-" + fileId + ".jsonl", file, signals.size());
    }

    /**
     * Imports a partner's file into its partnership: checked whole before anything is stored (size, signature by the
     * partner's key, this partnership's HMAC key, newer than the last one, every line), then its signals replace the
     * partner's earlier ones. Audited with its count; a refusal is audited with its reason and stores nothing else.
     *
     * @throws FileRefusedException naming the fault
     */
    @Transactional(dontRollbackOn = FileRefusedException.class)
    public Imported importFile(long id, byte[] file, String admin) {
        Partnership partnership = repository.lock(id).orElseThrow(() ->
                new PartnershipRefusedException("staff.partners.error.none"));
        Instant now = clock.instant();
        SignalFile.Accepted accepted;
        try {
            accepted = SignalFile.read(file, partnership.expectation(now, maxFileBytes, maxSignals));
            if (repository.imported(id, accepted.header().fileId())) {
                throw new FileRefusedException(Refusal.REPLAYED, 1, "This file was imported already");
            }
        } catch (FileRefusedException refused) {
            audit.record(admin, "partner.signals.refused", target(partnership), partnership.name() + ": "
                    + refused.refusal().code() + (refused.line() > 0 ? " at line " + refused.line() : "")
                    + ", " + file.length + " bytes");
            throw refused;
        }
        PartnerExchange exchange = new PartnerExchange(id, PartnerExchange.Way.IMPORT, accepted.header().fileId(),
                accepted.header().generatedAt(), accepted.signals().size(), admin, now);
        repository.add(exchange);
        repository.replaceSignals(id, exchange.id(), accepted.signals());
        partnership.imported(accepted.header().generatedAt(), now);
        audit.record(admin, "partner.signals.imported", target(partnership), partnership.name() + ": "
                + accepted.signals().size() + " signals from " + accepted.header().source() + ", file "
                + accepted.header().fileId());
        return new Imported(accepted.header().fileId(), accepted.signals().size());
    }

    @Override
    public List<String> invalid(AccountIdentifiers identifiers) {
        List<String> invalid = new ArrayList<>();
        check(identifiers.email(), IdentifierKind.EMAIL, invalid);
        check(identifiers.phone(), IdentifierKind.PHONE, invalid);
        check(identifiers.username(), IdentifierKind.USERNAME, invalid);
        return invalid;
    }

    @Override
    @Transactional
    public List<PartnerMatch> matches(String uploaderId, AccountIdentifiers identifiers) {
        List<Identified> values = new ArrayList<>();
        add(values, IdentifierKind.EMAIL, identifiers.email());
        add(values, IdentifierKind.PHONE, identifiers.phone());
        add(values, IdentifierKind.USERNAME, identifiers.username());
        if (uploaderId != null) {
            contexts.identifiersOf(List.of(uploaderId), 50).forEach(known -> {
                add(values, IdentifierKind.EMAIL, known.email());
                add(values, IdentifierKind.USERNAME, known.screenName());
            });
        }
        if (values.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>();
        for (Partnership partnership : repository.importing()) {
            SignalHasher hasher = partnership.hasher();
            values.forEach(v -> wanted.add(partnership.id() + "|" + v.kind() + "|" + hasher.hash(v.kind(),
                    v.value())));
        }
        Set<String> hashes = new HashSet<>();
        wanted.forEach(w -> hashes.add(w.substring(w.lastIndexOf('|') + 1)));
        return repository.matching(hashes).stream()
                .filter(m -> wanted.contains(m.partnershipId() + "|" + m.kind() + "|" + m.hash()))
                .map(m -> new PartnerMatch(m.partner(), m.reason(), m.kind().code(), m.bannedOn()))
                .distinct().toList();
    }

    private record Identified(IdentifierKind kind, String value) {
    }

    private static void add(List<Identified> values, IdentifierKind kind, String raw) {
        kind.normalise(raw).map(v -> new Identified(kind, v)).filter(v -> !values.contains(v))
                .ifPresent(values::add);
    }

    private static void check(String raw, IdentifierKind kind, List<String> invalid) {
        if (raw != null && kind.normalise(raw).isEmpty()) {
            invalid.add(kind.code());
        }
    }

    private static String target(Partnership partnership) {
        return "partnership:" + partnership.id();
    }
}
