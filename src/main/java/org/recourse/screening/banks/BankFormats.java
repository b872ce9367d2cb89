package org.recourse.screening.banks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recourse.platform.rest.JsonSupport;

/**
 * Reads a hash list in whichever of the shapes {@link ListFormat} names it arrives in (told from its first line), and
 * writes a partner bank's feedback back in its own shape. Every list is hostile: at most {@link BankFile#MAX_ROWS}
 * rows, each checked and each bad one named by its line (for a Graph API page, by its position in {@code data}); a
 * list with any bad row yields no rows at all, so an import stores all of it or nothing.
 */
public final class BankFormats {

    private static final int MAX_PROBLEMS = 100;
    /** A line of the vPDQ reference's hash file: {@code frame_number,quality,pdq_hex,timestamp}. */
    private static final java.util.regex.Pattern REFERENCE_LINE = java.util.regex.Pattern.compile(
            "\\d{1,10},\\d{1,3},[0-9A-Fa-f]{64},[0-9][0-9.eE+-]{0,30}");

    /** What a list holds, and the shape it came in (null for the vPDQ reference's hash file: one video). */
    public record Read(ListFormat format, BankFile.Parsed parsed) {

        /** The shape's name, as the import's answer gives it. */
        public String formatName() {
            return format == null ? VPDQ_REFERENCE : format.name();
        }
    }

    /** The vPDQ reference's hash file, as the import's answer names it (not a {@link ListFormat}: it holds one video). */
    public static final String VPDQ_REFERENCE = "VPDQ_REFERENCE";

    private BankFormats() {
    }

    public static Read read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        if (REFERENCE_LINE.matcher(first).matches()) {
            return new Read(null, referenceText(body));
        }
        ListFormat format = detect(body);
        BankFile.Parsed parsed = switch (format) {
            case RECOURSE_CSV, RECOURSE_JSON_LINES -> BankFile.read(body);
            case TE_SIGNALS -> lines(body, 0, ThreatExchangeFile::signalLine);
            case TE_QUERY_JSON_LINES -> lines(body, 0, ThreatExchangeFile::descriptorLine);
            case TE_QUERY_CSV -> queryCsv(body);
            case TE_DESCRIPTORS -> page(body);
        };
        return new Read(format, parsed);
    }

    /** The shape, from the first non-blank line. */
    static ListFormat detect(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        if (first.startsWith("{")) {
            JsonObject object = jsonObject(first);
            if (object == null || object.containsKey("data")) {
                return ListFormat.TE_DESCRIPTORS; // a page, on one line or (not an object on its own) over several
            }
            return object.containsKey("indicator") || object.containsKey("raw_indicator")
                    ? ListFormat.TE_QUERY_JSON_LINES : ListFormat.RECOURSE_JSON_LINES;
        }
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("hash_type")) {
            return ListFormat.RECOURSE_CSV;
        }
        if (isQueryHeader(lower)) {
            return ListFormat.TE_QUERY_CSV;
        }
        return first.matches("[A-Za-z_0-9]{1,32} \\S.*") ? ListFormat.TE_SIGNALS : ListFormat.RECOURSE_CSV;
    }

    /** A {@code threatexchange query} CSV header: it names the columns indicator and type. */
    private static boolean isQueryHeader(String line) {
        try {
            List<String> header = line.contains(",") ? BankFile.csvCells(line) : List.of();
            return header.contains("indicator") && header.contains("type");
        } catch (IllegalArgumentException unclosedQuote) {
            return false; // not a header: read as Recourse's CSV, which names the bad line
        }
    }

    private static JsonObject jsonObject(String line) {
        try (var reader = JsonSupport.reader(new StringReader(line))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (RuntimeException notOneLine) {
            return null;
        }
    }

    /**
     * The vPDQ reference's hash file: one video, its frames a line each (as its CLI and ../shared/vpdq-vectors write
     * them), read by the matching core's own reader, which names the first bad line.
     */
    static BankFile.Parsed referenceText(String text) {
        try {
            String frames = VpdqEntries.frames(org.recourse.matching.video.VpdqText.read(new StringReader(text),
                    VpdqEntries.MAX_FRAMES));
            return new BankFile.Parsed(List.of(new BankFile.Row(HashType.VPDQ, VpdqEntries.key(frames), null, null,
                    null, frames)), List.of());
        } catch (org.recourse.matching.video.VpdqTextException bad) {
            return new BankFile.Parsed(List.of(), List.of(new BankFile.Problem(bad.line(),
                    "not a line of the vPDQ reference's hash file (frame_number,quality,pdq_hex,timestamp): "
                            + bad.problem().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
        }
    }

    /** Every non-blank line after the first {@code skip} as a row, or the problems. */
    private static BankFile.Parsed lines(String text, int skip, Function<String, BankFile.Row> reader) {
        String[] lines = text.split("\r?\n", -1);
        Collector rows = new Collector();
        for (int i = skip; i < lines.length && !rows.full(i + 1); i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                rows.add(i + 1, () -> reader.apply(line));
            }
        }
        return rows.parsed();
    }

    private static BankFile.Parsed queryCsv(String text) {
        String[] lines = text.split("\r?\n", -1);
        int headerAt = 0;
        while (lines[headerAt].isBlank()) {
            headerAt++;
        }
        Map<String, Integer> columns;
        try {
            columns = ThreatExchangeFile.queryColumns(BankFile.csvCells(lines[headerAt]));
        } catch (IllegalArgumentException badHeader) {
            return new BankFile.Parsed(List.of(), List.of(new BankFile.Problem(headerAt + 1, badHeader.getMessage())));
        }
        return lines(text, headerAt + 1, line -> ThreatExchangeFile.queryCsvLine(BankFile.csvCells(line), columns));
    }

    private static BankFile.Parsed page(String text) {
        JsonArray data;
        try {
            data = ThreatExchangeFile.page(text);
        } catch (IllegalArgumentException e) {
            return new BankFile.Parsed(List.of(), List.of(new BankFile.Problem(1, e.getMessage())));
        }
        Collector rows = new Collector();
        for (int i = 0; i < data.size() && !rows.full(i + 1); i++) {
            JsonValue item = data.get(i);
            rows.add(i + 1, () -> ThreatExchangeFile.descriptorJson(item));
        }
        return rows.parsed();
    }

    /** Rows and problems, with the limits every list has. */
    private static final class Collector {
        private final List<BankFile.Row> rows = new ArrayList<>();
        private final List<BankFile.Problem> problems = new ArrayList<>();

        boolean full(int line) {
            if (problems.size() >= MAX_PROBLEMS) {
                return true;
            }
            if (rows.size() >= BankFile.MAX_ROWS) {
                problems.add(new BankFile.Problem(line, "more than " + BankFile.MAX_ROWS + " rows: split the file"));
                return true;
            }
            return false;
        }

        void add(int line, java.util.function.Supplier<BankFile.Row> row) {
            try {
                rows.add(row.get());
            } catch (IllegalArgumentException e) {
                problems.add(new BankFile.Problem(line, e.getMessage()));
            }
        }

        BankFile.Parsed parsed() {
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new BankFile.Problem(1, "the file has no hashes"));
            }
            return new BankFile.Parsed(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
        }
    }

    /**
     * Entries in a list's shape (Recourse's CSV if none is given): a bank's export, or with reasons a partner bank's
     * feedback (its rejected entries) in the shape its list came in.
     */
    public static void write(ListFormat format, List<ThreatExchangeFile.Listed> rejected, Consumer<String> line) {
        switch (format == null ? ListFormat.RECOURSE_CSV : format) {
            case RECOURSE_CSV -> {
                line.accept(BankFile.CSV_HEADER);
                rejected.forEach(f -> line.accept(BankFile.csvLine(f.type(), f.hash(), f.label(), why(f))));
            }
            case RECOURSE_JSON_LINES -> rejected.forEach(f -> line.accept(BankFile.jsonLine(f.type(), f.hash(),
                    f.label(), why(f))));
            default -> ThreatExchangeFile.write(format, rejected, line);
        }
    }

    private static String why(ThreatExchangeFile.Listed f) {
        return f.reason() == null ? null : "rejected on review: " + f.reason();
    }
}
