package org.recourse.screening.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.content.UploaderContextRepository;
import org.recourse.screening.bans.UploaderBan;
import org.recourse.screening.bans.UploaderBans;

/**
 * This portal's banned-uploader signals for one partnership: for every ban in force, the identifiers the platform
 * gave for the uploader's items (email, screen name), normalised and hashed under the partnership's key. The raw
 * values are read, hashed and dropped here; only hashes leave.
 */
@ApplicationScoped
public class BannedSignals {

    /** The most bans one export covers (a list ordered bans in force first). */
    static final int MAX_BANS = 100_000;
    private static final int CHUNK = 500;
    /** A ban by hand has no case category: its reason category says that a person decided. */
    static final String STAFF_DECISION = "staff_decision";

    @Inject
    UploaderBans bans;

    @Inject
    UploaderContextRepository contexts;

    /** The signals, one per hash (the earliest ban's), in hash order (which tells nothing of when each was given). */
    public List<SharedSignal> signals(SignalHasher hasher) {
        Map<String, UploaderBan> inForce = new HashMap<>();
        bans.list(MAX_BANS).stream().filter(UploaderBan::isActive)
                .forEach(ban -> inForce.putIfAbsent(ban.uploaderId(), ban));
        List<String> uploaders = new ArrayList<>(inForce.keySet());
        Map<String, SharedSignal> byHash = new HashMap<>();
        for (int from = 0; from < uploaders.size(); from += CHUNK) {
            List<String> chunk = uploaders.subList(from, Math.min(uploaders.size(), from + CHUNK));
            for (UploaderContextRepository.KnownIdentifiers known : contexts.identifiersOf(chunk, MAX_BANS)) {
                UploaderBan ban = inForce.get(known.uploaderId());
                hashed(hasher, IdentifierKind.EMAIL, known.email(), ban).ifPresent(s -> keepEarliest(byHash, s));
                hashed(hasher, IdentifierKind.USERNAME, known.screenName(), ban)
                        .ifPresent(s -> keepEarliest(byHash, s));
            }
        }
        return byHash.values().stream().sorted(Comparator.comparing(SharedSignal::hash)).toList();
    }

    private static Optional<SharedSignal> hashed(SignalHasher hasher, IdentifierKind kind, String raw,
            UploaderBan ban) {
        return hasher.hashRaw(kind, raw).map(hash -> new SharedSignal(kind, hash, reasonOf(ban),
                LocalDate.ofInstant(ban.bannedAt(), ZoneOffset.UTC)));
    }

    static String reasonOf(UploaderBan ban) {
        return ban.category() == null ? STAFF_DECISION : ban.category().code();
    }

    private static void keepEarliest(Map<String, SharedSignal> byHash, SharedSignal signal) {
        byHash.merge(signal.hash(), signal, (a, b) -> a.bannedOn().isAfter(b.bannedOn()) ? b : a);
    }
}
