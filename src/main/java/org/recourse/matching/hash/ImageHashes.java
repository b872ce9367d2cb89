package org.recourse.matching.hash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every hash of some bytes that matching uses: SHA-256 and MD5 always, and, for a picture that is decoded, its PDQ
 * hash and its seven rotations and mirrors (so a re-upload turned or flipped still matches).
 *
 * @param pdq the PDQ hash, or empty if the bytes are not a picture or its quality is too low to trust
 * @param variants the eight dihedral hashes (the original first); empty when {@code pdq} is
 */
public record ImageHashes(String sha256, String md5, Optional<PdqHash> pdq, List<PdqHash> variants, int quality) {

    /** Hashes of a picture of our own, decoded by the {@linkplain ImageDecoder#standard() standard} decoder. */
    public static ImageHashes of(byte[] bytes) {
        return of(bytes, ImageDecoder.standard());
    }

    /**
     * Hashes of an upload or a registration. Decoding is tried; bytes that are not a picture at all (a video, a text)
     * still have exact hashes.
     *
     * @throws ImageRefusedException when the bytes are a picture over the decoder's limits, in a refused format, or
     *         damaged (nothing is hashed: a picture whose look cannot be screened is not passed on exact hashes)
     * @throws DecoderBusyException when the node's decoding memory is taken for too long
     */
    public static ImageHashes of(byte[] bytes, ImageDecoder decoder) {
        ExactHashes exact = ExactHashes.of(bytes);
        DihedralHashes dihedral;
        try {
            dihedral = decoder.decode(bytes, pixels -> HasherPool.withPreResize(hasher -> hasher.dihedral(pixels)));
        } catch (IOException notAPicture) {
            // Not a picture (a video, a document): exact matching still works.
            return new ImageHashes(exact.sha256().toHex(), exact.md5().toHex(), Optional.empty(), List.of(), 0);
        }
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
    }

    public String pdqHex() {
        return pdq.map(PdqHash::toHex).orElse(null);
    }
}
