package org.recourse.matching.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.video.VpdqTextException.Problem;

/**
 * The reference's vPDQ text format ({@code vpdqio.cpp}): one line per hashed frame, in ascending frame order, each
 * {@code frame_number,quality,pdq_hex,timestamp} and ending with {@code \n}, no header. The timestamp has exactly 3
 * decimals. Quality comes before the hash.
 *
 * <p>Writing what {@link #read} gave gives the same text back for every timestamp below 8,192 s (2 h 16 min), where a
 * float32 still holds a millisecond; beyond it the reference itself cannot tell two nearby milliseconds apart.
 */
public final class VpdqText {

    /** The most frames {@link #read(String)} takes by default: 24 hours at one hash a second. */
    public static final int DEFAULT_MAX_FRAMES = 86_400;

    // "2147483647,100,<64 hex>,<timestamp>": anything much longer is not a line of this format.
    private static final int MAX_LINE = 128;

    private VpdqText() {
    }

    /** The reference's text for these frames. */
    public static String write(VpdqVideo video) {
        StringBuilder out = new StringBuilder(video.size() * 80);
        for (VpdqFrame frame : video.frames()) {
            out.append(frame.frameNumber()).append(',').append(frame.quality()).append(',')
                    .append(frame.hash().toHex()).append(',').append(frame.timestampText()).append('\n');
        }
        return out.toString();
    }

    /** Reads a text of at most {@link #DEFAULT_MAX_FRAMES} frames. */
    public static VpdqVideo read(String text) {
        return read(new StringReader(text), DEFAULT_MAX_FRAMES);
    }

    /**
     * Reads frames until the end of the text. A final line without {@code \n} and {@code \r\n} line ends are
     * accepted; blank lines are not.
     *
     * @throws VpdqTextException naming the first line that is not in the format, or the line past {@code maxFrames}
     */
    public static VpdqVideo read(Reader text, int maxFrames) {
        List<VpdqFrame> frames = new ArrayList<>();
        BoundedLines lines = new BoundedLines(text, MAX_LINE);
        int previous = -1;
        for (String line = lines.next(); line != null; line = lines.next()) {
            int number = frames.size() + 1;
            if (frames.size() >= maxFrames) {
                throw new VpdqTextException(Problem.TOO_MANY_FRAMES, number, "more than " + maxFrames + " frames.",
                        maxFrames);
            }
            VpdqFrame frame = parse(line, number);
            if (frame.frameNumber() <= previous) {
                throw new VpdqTextException(Problem.ORDER, number, "frame " + frame.frameNumber()
                        + " does not follow frame " + previous + ".");
            }
            previous = frame.frameNumber();
            frames.add(frame);
        }
        return new VpdqVideo(frames);
    }

    private static VpdqFrame parse(String line, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new VpdqTextException(Problem.FIELDS, number, "expected frame_number,quality,pdq_hex,timestamp.");
        }
        int frame = wholeNumber(fields[0], Integer.MAX_VALUE, Problem.FRAME_NUMBER, number);
        int quality = wholeNumber(fields[1], 100, Problem.QUALITY, number);
        PdqHash hash = PdqHash.parse(fields[2]).orElseThrow(
                () -> new VpdqTextException(Problem.HASH, number, "the hash is not 64 hex digits."));
        return new VpdqFrame(frame, hash, quality, seconds(fields[3], number));
    }

    private static int wholeNumber(String field, int max, Problem problem, int number) {
        if (field.isEmpty() || field.length() > 10 || !field.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new VpdqTextException(problem, number, "'" + field + "' is not a whole number.");
        }
        long value = Long.parseLong(field);
        if (value > max) {
            throw new VpdqTextException(problem, number, value + " is over " + max + ".");
        }
        return (int) value;
    }

    private static float seconds(String field, int number) {
        // Digits, one point, digits: no sign, exponent, "NaN" or "Infinity", which Float.parseFloat would take.
        if (!field.matches("[0-9]{1,12}(\\.[0-9]{1,9})?")) {
            throw new VpdqTextException(Problem.TIMESTAMP, number, "'" + field + "' is not a number of seconds.");
        }
        return Float.parseFloat(field);
    }

    /** Lines of at most {@code max} characters; a longer one is cut short to a line that is refused as such. */
    private static final class BoundedLines {

        private final BufferedReader in;
        private final int max;

        BoundedLines(Reader text, int max) {
            this.in = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text, 8192);
            this.max = max;
        }

        /** The next line without its end, or null at the end of the text; reads at most {@code max + 1} characters. */
        String next() {
            StringBuilder line = new StringBuilder();
            try {
                for (int c = in.read(); ; c = in.read()) {
                    if (c == -1) {
                        return line.length() == 0 ? null : line.toString();
                    }
                    if (c == '\n') {
                        return withoutCarriageReturn(line);
                    }
                    if (line.length() >= max) {
                        return "over-long line";
                    }
                    line.append((char) c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String withoutCarriageReturn(StringBuilder line) {
            int end = line.length();
            return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }
    }
}
