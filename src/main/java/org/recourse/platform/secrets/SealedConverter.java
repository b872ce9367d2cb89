package org.recourse.platform.secrets;

import jakarta.persistence.AttributeConverter;

/** Seals an entity's secret on the way to its column and opens it on the way back, bound to that column. */
abstract class SealedConverter implements AttributeConverter<String, String> {

    private final String purpose;

    SealedConverter(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public String convertToDatabaseColumn(String secret) {
        return SecretSeal.current().seal(secret, purpose);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return SecretSeal.current().open(stored, purpose);
    }
}
