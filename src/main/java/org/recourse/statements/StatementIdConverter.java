package org.recourse.statements;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A statement id column: its text in the database, a {@link StatementId} everywhere else. */
@Converter
public class StatementIdConverter implements AttributeConverter<StatementId, String> {

    @Override
    public String convertToDatabaseColumn(StatementId id) {
        return id == null ? null : id.value();
    }

    @Override
    public StatementId convertToEntityAttribute(String text) {
        return text == null ? null : new StatementId(text);
    }
}
