package org.recourse.screening.banks;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.recourse.matching.hash.Md5;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.hash.Sha256;

/**
 * The kinds of hash a bank holds: PDQ (perceptual, matched within a distance), exact SHA-256 and MD5, and a video's
 * vPDQ, whose value is the SHA-256 of its frames in the reference's text ({@link VpdqEntries}): the frames themselves
 * are kept beside the entry, and the value makes a video banked twice one entry.
 */
public enum HashType {
    PDQ(hex -> PdqHash.fromHex(hex).toHex()),
    SHA256(hex -> Sha256.fromHex(hex).toHex()),
    MD5(hex -> Md5.fromHex(hex).toHex()),
    VPDQ(hex -> Sha256.fromHex(hex).toHex());

    /** The matching core's own reading of the hex digits (either case), written back in lower case. */
    private final Function<String, String> reading;

    HashType(Function<String, String> reading) {
        this.reading = reading;
    }

    /** A type from its name as lists write it: pdq, sha256, sha-256, md5, vpdq (any case). */
    public static Optional<HashType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (HashType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The value in canonical form (lower-case hex), or empty if it is not a hash of this type. The check is the
     * hash's own ({@link PdqHash#fromHex}, {@link Sha256#fromHex}, {@link Md5#fromHex}), so a PDQ hash is judged the
     * same way here, in the content registry and in the index.
     */
    public Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reading.apply(value.strip()));
        } catch (IllegalArgumentException notThisType) {
            return Optional.empty();
        }
    }

    /** Whether an entry of this type is a video, with its frames kept beside it. */
    public boolean isVideo() {
        return this == VPDQ;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
