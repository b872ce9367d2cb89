package org.recourse.appeals.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recourse.appeals.Appeal;
import org.recourse.appeals.AppealSubmission;
import org.recourse.appeals.PersonRecords;
import org.recourse.appeals.RecordId;
import org.recourse.content.ContentItem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.statements.StatementId;

/**
 * Reads an appeal body, hostile until proven otherwise: only the documented fields, each of its type and within its
 * bounds, no control characters in the text (but line breaks and tabs), at most {@value Appeal#MAX_PERSONS} people;
 * every problem named at once. Record ids are ids only: anything that looks like a document is refused.
 */
final class AppealRequestReader {

    static final Set<String> FIELDS = Set.of("statementId", "decisionId", "contentId", "text", "persons");
    static final Set<String> PERSON_FIELDS = Set.of("ageRecord", "consentRecord");

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    /** The submission, or null when there is any problem. */
    AppealSubmission read(JsonObject json) {
        unknownFields(json, "", FIELDS);
        StatementId statementId = null;
        long decisionId = 0;
        String contentId = null;
        if (json.containsKey("statementId")) {
            statementId = statementId(json.get("statementId"));
            if (json.containsKey("decisionId")) {
                problems.add(FieldProblem.of("decisionId", "api.error.appeal.oneOf"));
            }
            if (json.containsKey("contentId")) {
                contentId = contentId(json.get("contentId"));
            }
        } else {
            decisionId = decisionId(json.get("decisionId"));
            contentId = contentId(json.get("contentId"));
        }
        String text = text(json.get("text"));
        List<PersonRecords> persons = persons(json.get("persons"));
        return problems.isEmpty() ? new AppealSubmission(statementId, decisionId, contentId, text, persons) : null;
    }

    private void unknownFields(JsonObject json, String prefix, Set<String> allowed) {
        json.keySet().stream().filter(k -> !allowed.contains(k)).sorted().limit(20)
                .forEach(k -> problems.add(FieldProblem.of(prefix + shorten(k), "api.error.appeal.unknownField")));
    }

    private static String shorten(String name) {
        String visible = name.codePoints().filter(c -> !Character.isISOControl(c)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.isEmpty() ? "?" : visible;
    }

    private StatementId statementId(JsonValue value) {
        if (value instanceof JsonString string) {
            var parsed = StatementId.parse(string.getString());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        problems.add(FieldProblem.of("statementId", "api.error.appeal.statementId"));
        return null;
    }

    private long decisionId(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                if (id > 0) {
                    return id;
                }
            } catch (ArithmeticException tooLarge) {
                // falls through to the problem below
            }
        }
        problems.add(FieldProblem.of("decisionId", "api.error.appeal.decisionId"));
        return 0;
    }

    private String contentId(JsonValue value) {
        if (value instanceof JsonString string && ContentItem.PLATFORM_ID.matcher(string.getString()).matches()) {
            return string.getString();
        }
        problems.add(FieldProblem.of("contentId", "api.error.content.contentId.malformed"));
        return null;
    }

    private String text(JsonValue value) {
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            problems.add(FieldProblem.of("text", "api.error.appeal.text.missing"));
            return null;
        }
        String text = string.getString().strip();
        if (text.length() > Appeal.MAX_TEXT) {
            problems.add(FieldProblem.of("text", "api.error.appeal.text.tooLong", Appeal.MAX_TEXT));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || text.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
            problems.add(FieldProblem.of("text", "api.error.appeal.text.control"));
        }
        return text;
    }

    private List<PersonRecords> persons(JsonValue value) {
        List<PersonRecords> persons = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return persons;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(FieldProblem.of("persons", "api.error.appeal.persons.type"));
            return persons;
        }
        List<JsonValue> array = value.asJsonArray();
        if (array.size() > Appeal.MAX_PERSONS) {
            problems.add(FieldProblem.of("persons", "api.error.appeal.persons.tooMany", Appeal.MAX_PERSONS));
            return persons;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "persons[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(FieldProblem.of(at, "api.error.appeal.persons.type"));
                continue;
            }
            JsonObject person = array.get(i).asJsonObject();
            unknownFields(person, at + ".", PERSON_FIELDS);
            RecordId age = recordId(person.get("ageRecord"), at + ".ageRecord");
            RecordId consent = recordId(person.get("consentRecord"), at + ".consentRecord");
            if (age != null && consent != null) {
                persons.add(new PersonRecords(age, consent));
            }
        }
        return persons;
    }

    private RecordId recordId(JsonValue value, String field) {
        if (value instanceof JsonString string && RecordId.isWellFormed(string.getString())) {
            return new RecordId(string.getString());
        }
        problems.add(FieldProblem.of(field, "api.error.appeal.recordId"));
        return null;
    }
}
