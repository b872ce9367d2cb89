package org.recourse.screening.hash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every hash of some bytes that matching uses: SHA-256 and MD5 always, and, for a picture the JDK can decode, its PDQ
 * hash and its seven rotations and mirrors (so a re-upload turned or flipped still matches).
 *
 * @param pdq the PDQ hash, or empty if the bytes are not a picture or its quality is too low to trust
 * @param variants the eight dihedral hashes (the original first); empty when {@code pdq} is
 */
public record ImageHashes(String sha256, String md5, Optional<PdqHash> pdq, List<PdqHash> variants, int quality) {

    /** Hashes of an upload or a registration. Decoding is tried; a picture it cannot read still has exact hashes. */
    public static ImageHashes of(byte[] bytes) {
        ExactHashes exact = ExactHashes.of(bytes);
        try {
            DihedralHashes dihedral = PdqHasher.withPreResize().dihedral(ImageDecoder.decode(bytes));
            if (dihedral.quality() < PdqResult.MINIMUM_USABLE_QUALITY) {
                return new ImageHashes(exact.sha256().toHex(), exact.md5().toHex(), Optional.empty(), List.of(),
                        dihedral.quality());
            }
            List<PdqHash> variants = new ArrayList<>();
            variants.add(dihedral.original());
            for (Dihedral variant : Dihedral.values()) {
                if (variant != Dihedral.ORIGINAL) {
                    variants.add(dihedral.hash(variant));
                }
            }
            return new ImageHashes(exact.sha256().toHex(), exact.md5().toHex(), Optional.of(dihedral.original()),
                    List.copyOf(variants), dihedral.quality());
        } catch (IOException | RuntimeException notAPicture) {
            // Not a picture the JDK reads (a video, a WebP): exact matching still works.
            return new ImageHashes(exact.sha256().toHex(), exact.md5().toHex(), Optional.empty(), List.of(), 0);
        }
    }

    public String pdqHex() {
        return pdq.map(PdqHash::toHex).orElse(null);
    }
}
