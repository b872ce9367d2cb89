package org.recourse.matching.video;

/**
 * A video stream's frame rate as FFmpeg gives it ({@code num/den}), with the reference's arithmetic on it: which frames
 * are hashed ({@link #frameStep}) and at what time ({@link #timestampOf}), each in the precision the reference uses.
 */
public record FrameRate(long numerator, long denominator) {

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("A frame rate is a positive fraction, not " + numerator + "/"
                    + denominator + ".");
        }
    }

    /**
     * Reads FFmpeg's {@code "30000/1001"}; empty for {@code "0/0"} or anything that is not a positive fraction.
     */
    static java.util.Optional<FrameRate> parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1) {
            return java.util.Optional.empty();
        }
        try {
            long num = Long.parseLong(text.substring(0, slash));
            long den = Long.parseLong(text.substring(slash + 1));
            return num > 0 && den > 0 ? java.util.Optional.of(new FrameRate(num, den)) : java.util.Optional.empty();
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    /** Frames a second, {@code num / den} in double, as the reference computes it. */
    public double perSecond() {
        return (double) numerator / (double) denominator;
    }

    /**
     * Every how many decoded frames one is hashed: {@code (int)(secondsPerHash * rate)}, truncated, 0 made 1, as the
     * reference's {@code frameMod}. 0 seconds hashes every frame.
     */
    public int frameStep(double secondsPerHash) {
        double product = secondsPerHash * perSecond();
        int step = product >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) product;
        return step == 0 ? 1 : step;
    }

    /**
     * The time of a frame as the reference computes it: the frame number over the rate, both as float32, divided in
     * float32 (double arithmetic gives another third decimal on some 29.97 fps frames).
     */
    public float timestampOf(int frameNumber) {
        return (float) frameNumber / (float) perSecond();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
