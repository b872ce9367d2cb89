package org.recourse.screening.sweep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.matching.hash.DihedralBits;
import org.recourse.matching.hash.PdqHash;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.HashType;

/**
 * What a bank entry is searched by, one kind of fingerprint each: a PDQ hash (near, with its rotations and mirrors)
 * or an exact digest, or a video's frames ({@link Video}, searched in the {@link ContentVideoIndex} beside
 * {@link ContentIndex}'s PDQ one); {@link #of} switches over the banks' hash types, so a new type fails to compile
 * until the sweep says what it does with it.
 */
public sealed interface Fingerprint {

    /** A perceptual hash: matches within the threshold of it or of any of its dihedral variants. */
    record Pdq(PdqHash hash) implements Fingerprint {

        public Pdq {
            Objects.requireNonNull(hash, "A PDQ hash is required.");
        }

        /** The hash and its seven rotations and mirrors, worked out from its bits (there is no picture here). */
        public List<PdqHash> variants() {
            return DihedralBits.variants(hash);
        }
    }

    /** An exact digest (SHA-256 or MD5), lower-case hex. */
    record Exact(HashType type, String hex) implements Fingerprint {

        public Exact {
            Objects.requireNonNull(type, "A hash type is required.");
            Objects.requireNonNull(hex, "A value is required.");
            if (type == HashType.PDQ) {
                throw new IllegalArgumentException("A PDQ hash is not exact.");
            }
        }
    }

    /** A banked video, searched by its frames (kept beside its entry, read when it is searched). */
    record Video(long entryId) implements Fingerprint {
    }

    /** The fingerprint of a bank entry, or empty for a kind the sweep cannot search. */
    static Optional<Fingerprint> of(BankEntry entry) {
        return switch (entry.hashType()) {
            case PDQ -> entry.pdq().map(Pdq::new);
            case SHA256, MD5 -> Optional.of(new Exact(entry.hashType(), entry.hashValue()));
            case VPDQ -> Optional.of(new Video(entry.id()));
        };
    }
}
