package org.recourse.screening.banks;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recourse.matching.hash.Sha256;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;

/**
 * A video's entry in a bank: its frames in the vPDQ reference's text ({@code frame_number,quality,pdq_hex,timestamp}
 * lines, written by {@link VpdqText}, so the same frames are always the same text), and as its value the SHA-256 of
 * that text. Lists send the frames in any shape {@link VpdqSignal} reads; each is checked as hostile input.
 */
public final class VpdqEntries {

    /** The most frames one banked video may have: a day at one frame a second, as {@link VpdqSignal} reads. */
    public static final int MAX_FRAMES = VpdqSignal.MAX_FRAMES;

    private VpdqEntries() {
    }

    /**
     * The frames of a signal (python-threatexchange's, the reference's text, or the older keyed JSON) as the text
     * stored.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String frames(String signal) {
        List<VpdqSignal.Frame> read = VpdqSignal.read(signal);
        if (read.isEmpty()) {
            throw new IllegalArgumentException("a vPDQ hash with no frame");
        }
        // Through the matching core's own reader: frame numbers rising, each hash a PDQ hash.
        return VpdqText.write(VpdqText.read(new StringReader(VpdqSignal.toReferenceText(read)), MAX_FRAMES));
    }

    /** The text stored for these frames. */
    public static String frames(VpdqVideo video) {
        if (video.size() == 0) {
            throw new IllegalArgumentException("a vPDQ hash with no frame");
        }
        return VpdqText.write(video);
    }

    /** The entry's value: the SHA-256 of its frames' text. */
    public static String key(String frames) {
        return Sha256.of(frames.getBytes(StandardCharsets.US_ASCII)).toHex();
    }

    /** The frames as python-threatexchange's signal string, for exports. */
    public static String signal(String frames) {
        return VpdqSignal.toSignal(VpdqText.read(frames).frames().stream()
                .map(f -> new VpdqSignal.Frame(f.frameNumber(), f.quality(), f.hash().toHex(), f.timestamp()))
                .toList());
    }

    /** A list's row for a video, its label and source checked as any row's. */
    static BankFile.Row row(String signal, String label, String source, String sourceRef) {
        String frames = frames(signal);
        return new BankFile.Row(HashType.VPDQ, key(frames), label, source, sourceRef, frames);
    }
}
