package org.recourse.performers;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bounds of a performer record, and the one rule Recourse holds hardest: it never receives identity documents,
 * their numbers or their pictures. Fields are named so that no document has a place, unknown fields are refused, and
 * a value that looks like a document (a long number, a machine-readable zone, an encoded picture) is refused by name,
 * so that a platform that sends one by mistake learns it at once and nothing is stored.
 */
public final class PerformerRules {

    public static final int MAX_RECORD_ID = 128;
    public static final int MAX_VERIFIED_BY = 120;
    public static final int MAX_SCOPE_LINES = 20;
    public static final int MAX_SCOPE_LINE = 200;
    public static final int MAX_CONTENT_PER_REQUEST = 1_000;
    public static final int MAX_CONTENT_PER_RECORD = 5_000;
    /** The earliest day a verification or consent may carry: older records are not what this check is for. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");
    private static final Pattern ENCODED = Pattern.compile("data:|base64|[A-Za-z0-9+/=_-]{48,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_FIELD = Pattern.compile(
            "(?i).*(document|passport|licen[cs]e|idnumber|id_number|nationalid|national_id|ssn|sin\\b|photo|image|"
                    + "picture|selfie|scan|birth|dob|mrz|address).*");

    private PerformerRules() {
    }

    public static boolean isRecordId(String candidate) {
        return candidate != null && RECORD_ID.matcher(candidate).matches();
    }

    /**
     * Whether a free-text value looks like part of an identity document rather than a name or a use: seven digits or
     * more in a row (ignoring spaces, dots and hyphens between them; dates written 2026-11-30 are allowed), a
     * machine-readable zone's {@code <<}, or an encoded file.
     */
    public static boolean looksLikeDocument(String value) {
        if (value == null) {
            return false;
        }
        String withoutDates = ISO_DATE.matcher(value).replaceAll(" ");
        String joined = withoutDates.replaceAll("(?<=\\d)[ .-](?=\\d)", "");
        return value.contains("<<") || LONG_NUMBER.matcher(joined).find() || ENCODED.matcher(value).find();
    }

    /** Whether a field's name says it would carry a document or its parts (refused with its own words). */
    public static boolean isDocumentField(String name) {
        return name != null && DOCUMENT_FIELD.matcher(name).matches();
    }

    /** Text a person wrote: no control characters (but none of the line kind either) and no direction overrides. */
    public static boolean isPlainLine(String value) {
        return value.chars().noneMatch(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069);
    }

    /** A day a check or consent may carry, seen from {@code today}: not before 1990, not after tomorrow (zones). */
    public static boolean isPastDay(LocalDate day, LocalDate today) {
        return !day.isBefore(EARLIEST) && !day.isAfter(today.plusDays(1));
    }

    /** The scope lines as stored: one a line. */
    static String joinScope(List<String> scope) {
        return String.join("\n", scope);
    }

    static List<String> splitScope(String stored) {
        return List.of(stored.split("\n"));
    }

}
