package org.recourse.screening.banks;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recourse.platform.rest.JsonSupport;

/**
 * Hash lists as they are shared: CSV with the header {@code hash_type,hash,label,source}, or JSON lines with the same
 * four fields. Reading checks every line and names each bad one by its number; a file with any bad line imports
 * nothing, so a bank never holds half a list.
 */
public final class BankFile {

    public static final String CSV_HEADER = "hash_type,hash,label,source";
    public static final int MAX_ROWS = 200_000;

    /**
     * One good line: the hash, its label and source, and the partner's own id for it ({@code sourceRef}, e.g. a
     * ThreatExchange descriptor id), if the list gives one.
     */
    public record Row(HashType type, String hash, String label, String source, String sourceRef, String frames) {

        /** A row of a list that gives no id of its own. */
        public Row(HashType type, String hash, String label, String source) {
            this(type, hash, label, source, null);
        }

        /** A row of a picture's or a file's hash (a video's row also carries its frames, {@link VpdqEntries}). */
        public Row(HashType type, String hash, String label, String source, String sourceRef) {
            this(type, hash, label, source, sourceRef, null);
        }
    }

    /** One bad line and what is wrong with it. */
    public record Problem(int line, String message) {
    }

    /** What a file holds: its good rows, or the problems that stop it. */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private BankFile() {
    }

    /** Reads CSV or JSON lines (told apart by the first non-blank character: "{" for JSON lines). */
    public static Parsed read(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean json = text.stripLeading().startsWith("{");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || (!json && number == 1 && line.strip().equalsIgnoreCase(CSV_HEADER))) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                problems.add(new Problem(number, "more than " + MAX_ROWS + " rows: split the file"));
                break;
            }
            try {
                rows.add(json ? jsonRow(line) : csvRow(line));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(number, e.getMessage()));
                if (problems.size() >= 100) {
                    break;
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "the file has no hashes"));
        }
        return new Parsed(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
    }

    private static Row csvRow(String line) {
        List<String> cells = csvCells(line);
        if (cells.size() != 4) {
            throw new IllegalArgumentException("expected 4 columns (" + CSV_HEADER + "), found " + cells.size());
        }
        return row(cells.get(0), cells.get(1), cells.get(2), cells.get(3));
    }

    private static Row jsonRow(String line) {
        JsonObject object;
        try (var reader = JsonSupport.reader(new StringReader(line))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return row(text(object, "hash_type"), text(object, "hash"), text(object, "label"), text(object, "source"));
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return object.getString(name);
    }

    private static Row row(String typeText, String hashText, String label, String source) {
        HashType type = HashType.parse(typeText).orElseThrow(() -> new IllegalArgumentException(
                "unknown hash_type \"" + shorten(typeText) + "\" (pdq, sha256, md5 or vpdq)"));
        if (label.length() > BankEntry.MAX_LABEL || source.length() > BankEntry.MAX_SOURCE) {
            throw new IllegalArgumentException("label and source have at most 200 characters");
        }
        if (type.isVideo()) {
            // The hash cell holds the video's frames, as python-threatexchange's signal string.
            try {
                return VpdqEntries.row(hashText, label.isBlank() ? null : label.strip(),
                        source.isBlank() ? null : source.strip(), null);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalArgumentException("a vPDQ hash that is not valid: " + malformed.getMessage());
            }
        }
        String hash = type.canonical(hashText).orElseThrow(() -> new IllegalArgumentException(
                "\"" + shorten(hashText) + "\" is not a " + type.code() + " hash"));
        if (label.length() > BankEntry.MAX_LABEL || source.length() > BankEntry.MAX_SOURCE) {
            throw new IllegalArgumentException("label and source have at most 200 characters");
        }
        return new Row(type, hash, label.isBlank() ? null : label.strip(), source.isBlank() ? null : source.strip());
    }

    /** Splits one CSV line (RFC 4180 quotes, doubled quotes inside). */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }

    public static String csvLine(HashType type, String hash, String label, String source) {
        return type.code() + "," + (type.isVideo() ? cell(hash) : hash) + "," + cell(label) + "," + cell(source);
    }

    public static String jsonLine(HashType type, String hash, String label, String source) {
        return JsonSupport.object().add("hash_type", type.code()).add("hash", hash)
                .add("label", label == null ? "" : label).add("source", source == null ? "" : source).build().toString();
    }

    /**
     * One CSV cell, safe to open in a spreadsheet: a value a spreadsheet would run as a formula is written as text
     * (with a leading apostrophe), and a value with a comma, quote or line break is quoted (RFC 4180).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = isFormula(value) ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * Whether a spreadsheet could take the value for a formula: it starts with a tab or a carriage return, or its
     * first character after any leading white space (spaces, tabs, line breaks, no-break spaces) is {@code =},
     * {@code +}, {@code -} or {@code @}. Spreadsheets skip leading blanks, and a regex's "." stops at a line break,
     * so both ways round the old check are closed here.
     */
    static boolean isFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        int first = 0;
        while (first < value.length() && (Character.isWhitespace(value.charAt(first))
                || Character.isSpaceChar(value.charAt(first)))) {
            first++;
        }
        return first < value.length() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(value.charAt(first)) >= 0;
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    /** The format of a download, from its name. */
    public static boolean isJsonLines(String format) {
        return format != null && format.toLowerCase(Locale.ROOT).startsWith("json");
    }
}
