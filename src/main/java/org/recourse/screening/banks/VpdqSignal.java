package org.recourse.screening.banks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recourse.platform.rest.JsonSupport;

/**
 * A video's vPDQ hash as ThreatExchange partners send it: one PDQ hash per sampled frame, with the frame's number,
 * quality (0 to 100) and timestamp in seconds. Reads and writes the shapes found in the wild, self-contained over a
 * plain {@link Frame} until the portal has video banks (the import refuses vPDQ rows until then):
 * <ul>
 * <li>python-threatexchange's signal string ({@code threatexchange/extensions/vpdq/vpdq_util.py}, {@code vpdq_to_json}
 * and {@code VpdqCompactFeature}): a JSON array of {@code "pdq_hex,quality,timestamp"} strings, frame numbers implied by
 * position. Its writer formats the timestamp with Python's {@code :.3} (three significant digits, so 123.5 s is
 * written {@code 1.23e+02}); any float is read, and this class writes three decimals.</li>
 * <li>the older python-threatexchange signal ({@code OLD_json_to_vpdq}): a JSON object keyed by frame number, each
 * {@code {"quality": 100, "hash": "…", "timestamp": 0.0}}.</li>
 * <li>the vPDQ reference's hash file ({@code vpdq/cpp/io/vpdqio.cpp}, as ../shared/vpdq-vectors/README.md describes it):
 * a line per frame, {@code frame_number,quality,pdq_hex,timestamp} (quality before the hash). The order of
 * {@code vpdq/python/README.md}'s printing example, {@code frame_number,pdq_hex,quality,timestamp}, is read too: the
 * hash is the field of 64 hexadecimal digits.</li>
 * </ul>
 * Every value is hostile: hashes are 64 hexadecimal digits, qualities 0 to 100, timestamps finite and not negative,
 * frame numbers rising, and at most {@link #MAX_FRAMES} frames.
 */
public final class VpdqSignal {

    /** A day of video at one frame a second, with room to spare. */
    public static final int MAX_FRAMES = 100_000;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    /** One sampled frame. */
    public record Frame(int frameNumber, int quality, String pdqHex, double timestamp) {

        public Frame {
            Objects.requireNonNull(pdqHex, "A PDQ hash is required.");
            if (!HEX64.matcher(pdqHex).matches()) {
                throw new IllegalArgumentException("a frame's PDQ hash is not 64 hexadecimal digits");
            }
            if (frameNumber < 0) {
                throw new IllegalArgumentException("a frame number is negative");
            }
            if (quality < 0 || quality > 100) {
                throw new IllegalArgumentException("a frame's quality is not from 0 to 100: " + quality);
            }
            if (!Double.isFinite(timestamp) || timestamp < 0) {
                throw new IllegalArgumentException("a frame's timestamp is not a time in seconds");
            }
            pdqHex = pdqHex.toLowerCase(Locale.ROOT);
        }
    }

    private VpdqSignal() {
    }

    /** Reads a signal in any of the three shapes; throws {@link IllegalArgumentException} naming what is wrong. */
    public static List<Frame> read(String signal) {
        String text = Objects.requireNonNull(signal, "A signal is required.").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the vPDQ signal is empty");
        }
        List<Frame> frames = text.startsWith("[") || text.startsWith("{") ? readJson(text) : readReferenceText(text);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("the vPDQ signal has no frames");
        }
        return List.copyOf(frames);
    }

    private static List<Frame> readJson(String text) {
        JsonStructure json;
        try (var reader = JsonSupport.reader(new StringReader(text))) {
            json = reader.read();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the vPDQ signal is not valid JSON");
        }
        return json instanceof JsonArray array ? compact(array) : keyedByFrame((JsonObject) json);
    }

    private static List<Frame> compact(JsonArray array) {
        limit(array.size());
        List<Frame> frames = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (!(value instanceof JsonString feature)) {
                throw new IllegalArgumentException("frame " + frames.size() + " is not a \"pdq,quality,timestamp\" "
                        + "string");
            }
            String[] parts = feature.getString().split(",", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("frame " + frames.size() + " is not \"pdq,quality,timestamp\"");
            }
            frames.add(new Frame(frames.size(), integer(parts[1]), parts[0].strip(), decimal(parts[2])));
        }
        return frames;
    }

    private static List<Frame> keyedByFrame(JsonObject object) {
        limit(object.size());
        List<Frame> frames = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonValue> feature : object.entrySet()) {
            if (!(feature.getValue() instanceof JsonObject fields)) {
                throw new IllegalArgumentException("frame " + shorten(feature.getKey()) + " is not an object");
            }
            int number = integer(feature.getKey());
            if (!frames.isEmpty() && number <= frames.get(frames.size() - 1).frameNumber()) {
                throw new IllegalArgumentException("frame numbers do not rise at frame " + number);
            }
            frames.add(new Frame(number, integer(field(fields, "quality")), field(fields, "hash"),
                    decimal(field(fields, "timestamp"))));
        }
        return frames;
    }

    private static String field(JsonObject fields, String name) {
        JsonValue value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("a frame has no " + name);
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static List<Frame> readReferenceText(String text) {
        String[] lines = text.split("\r?\n");
        limit(lines.length);
        List<Frame> frames = new ArrayList<>(lines.length);
        for (String line : lines) {
            String[] parts = line.strip().split(",", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("a line is not \"frame,quality,pdq,timestamp\"");
            }
            int number = integer(parts[0]);
            if (!frames.isEmpty() && number <= frames.get(frames.size() - 1).frameNumber()) {
                throw new IllegalArgumentException("frame numbers do not rise at frame " + number);
            }
            boolean hashSecond = HEX64.matcher(parts[1].strip()).matches();
            frames.add(new Frame(number, integer(parts[hashSecond ? 2 : 1]), parts[hashSecond ? 1 : 2].strip(),
                    decimal(parts[3])));
        }
        return frames;
    }

    private static void limit(int frames) {
        if (frames > MAX_FRAMES) {
            throw new IllegalArgumentException("more than " + MAX_FRAMES + " frames");
        }
    }

    private static int integer(String text) {
        String value = text.strip();
        if (!value.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("\"" + shorten(value) + "\" is not a whole number");
        }
        return Integer.parseInt(value);
    }

    private static double decimal(String text) {
        String value = text.strip();
        // Digits, a point and an exponent only: no "NaN", "Infinity" or hexadecimal floats, which Java would take.
        if (!value.matches("\\d{1,12}(\\.\\d{0,12})?([eE][+-]?\\d{1,3})?")) {
            throw new IllegalArgumentException("\"" + shorten(value) + "\" is not a time in seconds");
        }
        return Double.parseDouble(value);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** python-threatexchange's signal string: {@code ["pdq,quality,timestamp", …]} (frame numbers by position). */
    public static String toSignal(List<Frame> frames) {
        return frames.stream()
                .map(f -> "\"" + f.pdqHex() + "," + f.quality() + "," + seconds(f.timestamp()) + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The vPDQ reference's hash file: a line per frame, {@code frame_number,quality,pdq_hex,timestamp}. */
    public static String toReferenceText(List<Frame> frames) {
        return frames.stream()
                .map(f -> f.frameNumber() + "," + f.quality() + "," + f.pdqHex() + "," + seconds(f.timestamp()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Three decimals, rounding the exact binary value half to even as the reference's printf does. */
    static String seconds(double timestamp) {
        return new BigDecimal(timestamp).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
