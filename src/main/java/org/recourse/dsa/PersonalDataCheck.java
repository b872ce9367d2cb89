package org.recourse.dsa;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last look at what leaves for the database (DSA art. 24(5): statements "shall not contain personal data"): only
 * the fields the mapping writes; codes where codes belong; free-text fields made only of the mapping's own sentences
 * and the grounds from settings; nowhere an e-mail address, a telephone number, an IP address, a web address (but the
 * platform's terms), a handle, or any value withheld for this statement (the uploader's id and names, the platform's
 * content id, a reporter's details). A finding names the field and the kind, never the value.
 */
public final class PersonalDataCheck {

    /** What was found. */
    public enum Kind {
        UNEXPECTED_FIELD("a field the mapping never writes"),
        EMAIL_ADDRESS("an e-mail address"),
        PHONE_NUMBER("a telephone number"),
        IP_ADDRESS("an IP address"),
        WEB_ADDRESS("a web address"),
        HANDLE("a user handle"),
        WITHHELD_VALUE("a value withheld for this statement (uploader, reporter or content id)"),
        FREE_TEXT("text that is not the platform's own"),
        NOT_A_CODE("a value that is not a code"),
        BAD_PUID("a puid that is not a derived identifier");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One thing found, by field. */
    public record Finding(String field, Kind kind) {
        @Override
        public String toString() {
            return field + ": " + kind.words();
        }
    }

    static final Set<String> TEXT_FIELDS = Set.of("illegal_content_legal_ground", "illegal_content_explanation",
            "incompatible_content_ground", "incompatible_content_explanation", "decision_facts", "content_type_other");
    static final Set<String> CODE_FIELDS = Set.of("decision_visibility", "decision_account", "decision_ground",
            "category", "category_specification", "content_type", "territorial_scope", "content_date",
            "application_date", "source_type", "automated_detection", "automated_decision");
    private static final Map<Kind, Pattern> PATTERNS = Map.of(
            Kind.EMAIL_ADDRESS, Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
            Kind.IP_ADDRESS, Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b|\\b[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){2,7}\\b"),
            Kind.WEB_ADDRESS, Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+\\.(com|net|org|eu|io|"
                    + "fr|de|uk|info|me|app|example)\\b"),
            Kind.HANDLE, Pattern.compile("(^|\\s)@\\w{2,}"));
    /** A run of digits and separators; a telephone number when it holds nine digits or more ("2022/2065" is not). */
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final List<String> ownSentences;
    private final Optional<String> termsUrl;

    /**
     * @param ownSentences the fixed sentences and the grounds from settings: the only text allowed
     * @param termsUrl     the platform's terms, the one web address allowed
     */
    public PersonalDataCheck(List<String> ownSentences, Optional<String> termsUrl) {
        this.ownSentences = List.copyOf(ownSentences);
        this.termsUrl = Objects.requireNonNull(termsUrl, "The terms address may be empty, not null.");
    }

    /** Everything found in {@code payload}; empty when it may leave. */
    public List<Finding> check(JsonObject payload, Withheld withheld) {
        List<Finding> found = new ArrayList<>();
        payload.forEach((field, value) -> found.addAll(field(field, value, withheld)));
        return List.copyOf(found);
    }

    private List<Finding> field(String field, JsonValue value, Withheld withheld) {
        List<Finding> found = new ArrayList<>();
        List<String> strings = strings(value);
        strings.stream().filter(s -> withheld.foundIn(s).isPresent()).findFirst()
                .ifPresent(s -> found.add(new Finding(field, Kind.WITHHELD_VALUE)));
        if (field.equals("puid")) {
            if (strings.size() != 1 || !PUID.matcher(strings.get(0)).matches()) {
                found.add(new Finding(field, Kind.BAD_PUID));
            }
        } else if (field.equals("decision_ground_reference_url")) {
            if (termsUrl.isEmpty() || !strings.equals(List.of(termsUrl.get()))) {
                found.add(new Finding(field, Kind.WEB_ADDRESS));
            }
        } else if (CODE_FIELDS.contains(field)) {
            if (strings.isEmpty() || strings.stream().anyMatch(s -> !CODE.matcher(s).matches())) {
                found.add(new Finding(field, Kind.NOT_A_CODE));
            }
        } else if (TEXT_FIELDS.contains(field)) {
            for (String text : strings) {
                PATTERNS.forEach((kind, pattern) -> {
                    if (pattern.matcher(text).find()) {
                        found.add(new Finding(field, kind));
                    }
                });
                if (hasPhoneNumber(text)) {
                    found.add(new Finding(field, Kind.PHONE_NUMBER));
                }
                if (!FactSentences.madeOf(text, ownSentences)) {
                    found.add(new Finding(field, Kind.FREE_TEXT));
                }
            }
        } else {
            found.add(new Finding(field, Kind.UNEXPECTED_FIELD));
        }
        return found;
    }

    private static boolean hasPhoneNumber(String text) {
        return DIGITS.matcher(text).results()
                .anyMatch(run -> run.group().chars().filter(Character::isDigit).count() >= 9);
    }

    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonString string) {
            return List.of(string.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().flatMap(item -> strings(item).stream()).toList();
        }
        if (value instanceof JsonObject object) {
            return object.values().stream().flatMap(item -> strings(item).stream()).toList();
        }
        return List.of(value.toString());
    }
}
