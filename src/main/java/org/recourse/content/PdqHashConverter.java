package org.recourse.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.recourse.matching.hash.PdqHash;

/**
 * A PDQ hash column: 64 lowercase hex digits in the database, a {@link PdqHash} everywhere else, so no reader
 * re-checks or cuts a string. A value that is not a PDQ hash fails loudly on reading: the column only ever receives
 * a PDQ hash checked before it was written. It lives with the content registry, whose items carry a PDQ hash, and
 * serves screening's change log too (screening builds on content; the platform imports no feature, nor the matching
 * core).
 */
@Converter
public class PdqHashConverter implements AttributeConverter<PdqHash, String> {

    @Override
    public String convertToDatabaseColumn(PdqHash hash) {
        return hash == null ? null : hash.toHex();
    }

    @Override
    public PdqHash convertToEntityAttribute(String hex) {
        return hex == null ? null : PdqHash.fromHex(hex);
    }
}
