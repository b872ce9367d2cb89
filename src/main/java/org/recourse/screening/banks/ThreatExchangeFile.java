package org.recourse.screening.banks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.recourse.platform.rest.JsonSupport;

/**
 * Hash lists in the shapes of Meta's ThreatExchange tools (github.com/facebook/ThreatExchange), read and written:
 * <ul>
 * <li>{@link ListFormat#TE_SIGNALS}: python-threatexchange's signal file,
 * {@code python-threatexchange/threatexchange/exchanges/impl/file_api.py} ({@code LocalFileSignalExchangeAPI}): a line
 * per signal, the signal type's name ({@code SignalType.get_name()}: {@code pdq}, {@code video_md5}, …), one space, the
 * signal.</li>
 * <li>{@link ListFormat#TE_QUERY_CSV} and {@link ListFormat#TE_QUERY_JSON_LINES}: the output of {@code threatexchange
 * query} ({@code python-threatexchange/threatexchange/cli/tests/test_query_cmd.py} pins its columns: {@code id,
 * indicator,type,status,tags,owner_id}, tags joined by spaces in CSV and a list in JSON lines).</li>
 * <li>{@link ListFormat#TE_DESCRIPTORS}: a page of the Graph API's {@code threat_descriptors} edge, {@code {"data":
 * [{"id", "raw_indicator", "type", "status", "tags": {"data": [{"id", "text"}]}}]}} (the same test's fake of the
 * edge, and developers.facebook.com/docs/threat-exchange/reference/apis/threat-descriptor).</li>
 * </ul>
 * Types are ThreatExchange's indicator types ({@code PdqSignal.INDICATOR_TYPE = "HASH_PDQ"}, {@code VideoMD5Signal}'s
 * {@code VIDEO_HASH_MD5}, {@code HASH_MD5}, {@code HASH_SHA256}, and vPDQ's {@code HASH_VIDEO_VPDQ}) or signal type
 * names. vPDQ rows are videos: their signal is read by {@link VpdqSignal} and kept as the video's frames
 * ({@link VpdqEntries}), and written back as python-threatexchange's signal string. A
 * descriptor whose status says the content is not harmful is refused too: importing it would block what the partner
 * itself calls benign.
 */
public final class ThreatExchangeFile {

    static final String QUERY_HEADER = "id,indicator,type,status,tags,description";
    private static final Map<String, HashType> SIGNAL_TYPES = Map.of("pdq", HashType.PDQ, "video_md5", HashType.MD5,
            "photo_md5", HashType.MD5, "md5", HashType.MD5, "sha256", HashType.SHA256, "photo_sha256", HashType.SHA256);
    private static final Map<String, HashType> INDICATOR_TYPES = Map.of("HASH_PDQ", HashType.PDQ, "HASH_MD5",
            HashType.MD5, "VIDEO_HASH_MD5", HashType.MD5, "HASH_SHA256", HashType.SHA256);

    /**
     * An entry as a list names it: the hash, the partner's id and tags for it, and, in feedback, why a reviewer rejected
     * it (null in a plain export).
     */
    public record Listed(HashType type, String hash, String label, String sourceRef, String reason) {

        /** ThreatExchange's word for it: harmful in an export, not harmful in feedback. */
        String status() {
            return reason == null ? "MALICIOUS" : "NON_MALICIOUS";
        }
    }

    private ThreatExchangeFile() {
    }

    // --- Reading ----------------------------------------------------------------------------------------------------

    /** One line of a signal file: {@code <signal type> <signal>}. */
    static BankFile.Row signalLine(String line) {
        String text = line.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("expected \"<signal type> <signal>\", e.g. \"pdq f8f8…\"");
        }
        String name = text.substring(0, space).toLowerCase(Locale.ROOT);
        String signal = text.substring(space + 1).strip();
        if (name.equals("vpdq") || name.equals("video_vpdq")) {
            return video(signal, null, null);
        }
        HashType type = Optional.ofNullable(SIGNAL_TYPES.get(name)).orElseThrow(() -> new IllegalArgumentException(
                "unknown signal type \"" + shorten(name) + "\" (pdq, video_md5, sha256)"));
        return row(type, signal, null, null);
    }

    /** A CSV line of {@code threatexchange query}, by the header's column positions. */
    static BankFile.Row queryCsvLine(List<String> cells, Map<String, Integer> columns) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " columns as in the header, found "
                    + cells.size());
        }
        return descriptor(cell(cells, columns, "indicator"), cell(cells, columns, "type"),
                cell(cells, columns, "status"), List.of(cell(cells, columns, "tags").split(" ")),
                cell(cells, columns, "id"));
    }

    /** The header of a {@code threatexchange query} CSV: column name to position; indicator and type are needed. */
    static Map<String, Integer> queryColumns(List<String> header) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i) != null) {
                throw new IllegalArgumentException("the header names the column \"" + shorten(header.get(i))
                        + "\" twice");
            }
        }
        if (!columns.containsKey("indicator") || !columns.containsKey("type")) {
            throw new IllegalArgumentException("a threatexchange query CSV needs the columns indicator and type");
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer at = columns.get(name);
        return at == null ? "" : cells.get(at);
    }

    /** A JSON line of {@code threatexchange query --format jsonl}, or one item of a Graph API page's data. */
    static BankFile.Row descriptorJson(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String indicator = text(object, "indicator");
        if (indicator.isEmpty()) {
            indicator = text(object, "raw_indicator");
        }
        return descriptor(indicator, text(object, "type"), text(object, "status"), tags(object.get("tags")),
                text(object, "id"));
    }

    static BankFile.Row descriptorLine(String line) {
        JsonValue value;
        try (var reader = JsonSupport.reader(new StringReader(line))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // Whatever the parser throws (too deep, not JSON, trailing text): a problem with this line, not a crash.
            throw new IllegalArgumentException("not a JSON object");
        }
        return descriptorJson(value);
    }

    /** The items of a Graph API page ({@code {"data": [...]}}), or a problem if it is not one. */
    static JsonArray page(String text) {
        JsonValue page;
        try (var reader = JsonSupport.reader(new StringReader(text))) {
            page = reader.readValue();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        if (!(page instanceof JsonObject object) || !(object.get("data") instanceof JsonArray data)) {
            throw new IllegalArgumentException("not a threat_descriptors page: no \"data\" list");
        }
        return data;
    }

    private static BankFile.Row descriptor(String indicator, String indicatorType, String status, List<String> tags,
            String id) {
        String type = indicatorType.strip().toUpperCase(Locale.ROOT);
        HashType hashType = type.equals("HASH_VIDEO_VPDQ") ? HashType.VPDQ
                : Optional.ofNullable(INDICATOR_TYPES.get(type)).orElseThrow(() ->
                new IllegalArgumentException("unknown type \"" + shorten(indicatorType)
                        + "\" (HASH_PDQ, HASH_MD5, VIDEO_HASH_MD5, HASH_SHA256, HASH_VIDEO_VPDQ)"));
        if (status.strip().equalsIgnoreCase("NON_MALICIOUS")) {
            throw new IllegalArgumentException("status NON_MALICIOUS: the partner says this is not harmful; "
                    + "export with --status malicious");
        }
        if (id.length() > 100 || !id.matches("[0-9A-Za-z_:.-]*")) {
            throw new IllegalArgumentException("the id \"" + shorten(id) + "\" is not a ThreatExchange id");
        }
        String label = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
        return hashType == HashType.VPDQ ? video(indicator, label, id) : row(hashType, indicator, label, id);
    }

    /** A vPDQ row: the video's frames, each checked, or what is wrong with them. */
    private static BankFile.Row video(String signal, String label, String id) {
        if (label != null && label.length() > BankEntry.MAX_LABEL) {
            throw new IllegalArgumentException("the tags have more than " + BankEntry.MAX_LABEL + " characters");
        }
        try {
            return VpdqEntries.row(signal, label == null || label.isBlank() ? null : label, null,
                    id == null || id.isBlank() ? null : id.strip());
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("a vPDQ hash that is not valid: " + malformed.getMessage());
        }
    }

    private static BankFile.Row row(HashType type, String value, String label, String id) {
        String hash = type.canonical(value).orElseThrow(() -> new IllegalArgumentException(
                "\"" + shorten(value) + "\" is not a " + type.code() + " hash"));
        if (label != null && label.length() > BankEntry.MAX_LABEL) {
            throw new IllegalArgumentException("the tags have more than " + BankEntry.MAX_LABEL + " characters");
        }
        return new BankFile.Row(type, hash, label == null || label.isBlank() ? null : label, null,
                id == null || id.isBlank() ? null : id.strip());
    }

    private static List<String> tags(JsonValue tags) {
        if (tags == null || tags.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        // A list of strings in the CLI's JSON lines; {"data": [{"id", "text"}]} in the Graph API.
        JsonValue list = tags instanceof JsonObject edge ? edge.get("data") : tags;
        if (!(list instanceof JsonArray array)) {
            throw new IllegalArgumentException("tags must be a list");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue tag : array) {
            if (tag instanceof JsonString string) {
                texts.add(string.getString());
            } else if (tag instanceof JsonObject object && object.get("text") instanceof JsonString text) {
                texts.add(text.getString());
            } else {
                throw new IllegalArgumentException("a tag is neither text nor {\"text\": …}");
            }
        }
        return texts;
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new IllegalArgumentException(name + " must be text");
        };
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    // --- Writing feedback -------------------------------------------------------------------------------------------

    /**
     * Entries in a ThreatExchange shape, as the partner's own tools read them, with their ids and tags as the partner
     * sent them. In feedback (entries with a reason) each has the status {@code NON_MALICIOUS} (ThreatExchange's word
     * for "not harmful") and the reason code in {@code description}; the reviewer's own words are never written, since
     * they describe an upload. In an export each is {@code MALICIOUS}, and a signal file reads back as it was written.
     */
    static void write(ListFormat format, List<Listed> rejected, Consumer<String> line) {
        switch (format) {
            case TE_SIGNALS -> rejected.forEach(f -> line.accept(signalName(f.type()) + " " + f.hash()));
            case TE_QUERY_CSV -> {
                line.accept(QUERY_HEADER);
                rejected.forEach(f -> line.accept(String.join(",", BankFile.cell(orEmpty(f.sourceRef())),
                        BankFile.cell(f.hash()),
                        indicatorType(f.type()), f.status(), BankFile.cell(orEmpty(f.label())),
                        BankFile.cell(description(f)))));
            }
            case TE_QUERY_JSON_LINES -> rejected.forEach(f -> line.accept(queryJson(f).toString()));
            case TE_DESCRIPTORS -> {
                line.accept("{\"data\": [");
                for (int i = 0; i < rejected.size(); i++) {
                    line.accept(graphJson(rejected.get(i)) + (i + 1 < rejected.size() ? "," : ""));
                }
                line.accept("]}");
            }
            default -> throw new IllegalArgumentException(format + " is not a ThreatExchange format");
        }
    }

    private static JsonObject queryJson(Listed f) {
        return JsonSupport.object().add("id", orEmpty(f.sourceRef())).add("indicator", f.hash())
                .add("type", indicatorType(f.type())).add("status", f.status())
                .add("tags", JsonSupport.array(tagList(f))).add("description", description(f)).build();
    }

    private static JsonObject graphJson(Listed f) {
        jakarta.json.JsonArrayBuilder tags = JsonSupport.array();
        tagList(f).forEach(tag -> tags.add(JsonSupport.object().add("text", tag)));
        return JsonSupport.object().add("id", orEmpty(f.sourceRef())).add("raw_indicator", f.hash())
                .add("type", indicatorType(f.type())).add("status", f.status())
                .add("tags", JsonSupport.object().add("data", tags)).add("description", description(f)).build();
    }

    private static List<String> tagList(Listed f) {
        return f.label() == null ? List.of() : List.of(f.label().split(" "));
    }

    private static String description(Listed f) {
        return f.reason() == null ? "" : "Rejected on review: " + f.reason();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String signalName(HashType type) {
        return switch (type) {
            case PDQ -> "pdq";
            case MD5 -> "video_md5";
            case SHA256 -> "sha256";
            case VPDQ -> "vpdq";
        };
    }

    static String indicatorType(HashType type) {
        return switch (type) {
            case PDQ -> "HASH_PDQ";
            case MD5 -> "HASH_MD5";
            case SHA256 -> "HASH_SHA256";
            case VPDQ -> "HASH_VIDEO_VPDQ";
        };
    }
}
