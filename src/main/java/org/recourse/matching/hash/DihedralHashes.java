package org.recourse.matching.hash;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The hashes of an image and of its seven rotations and mirror images, all computed from one DCT, with the image's
 * quality. Screening an upload against a list with these catches a rotated or mirrored copy of a listed image.
 */
public final class DihedralHashes {

    private final Map<Dihedral, PdqHash> hashes;
    private final int quality;

    DihedralHashes(Map<Dihedral, PdqHash> hashes, int quality) {
        if (hashes.size() != Dihedral.values().length) {
            throw new IllegalArgumentException("A hash is required for each of the eight dihedral variants.");
        }
        this.hashes = Collections.unmodifiableMap(new EnumMap<>(hashes));
        this.quality = quality;
    }

    static DihedralHashes allZero() {
        Map<Dihedral, PdqHash> zeros = new EnumMap<>(Dihedral.class);
        for (Dihedral variant : Dihedral.values()) {
            zeros.put(variant, PdqHash.ZERO);
        }
        return new DihedralHashes(zeros, 0);
    }

    public PdqHash hash(Dihedral variant) {
        return hashes.get(Objects.requireNonNull(variant, "A dihedral variant is required."));
    }

    public PdqHash original() {
        return hash(Dihedral.ORIGINAL);
    }

    /** The same for every variant: a rotation or mirror image has the same amount of detail. */
    public int quality() {
        return quality;
    }

    /** The original's hash and quality. */
    public PdqResult originalResult() {
        return new PdqResult(original(), quality);
    }

    /** All eight, in the order of {@link Dihedral}. */
    public Map<Dihedral, PdqHash> asMap() {
        return hashes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DihedralHashes that && quality == that.quality && hashes.equals(that.hashes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashes, quality);
    }

    @Override
    public String toString() {
        return "DihedralHashes" + hashes + " quality " + quality;
    }
}
