package org.recourse.matching.hash;

import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * The encoded picture as a reader's input, straight from the request's bytes (no copy, no cache file), with one guard:
 * a reader that keeps reading past the end is stopped. TwelveMonkeys' WebP reader treats the end of its input as more
 * zero bits and goes on decoding a cut-short file, catching an exception for each read, at some 10 microseconds a
 * pixel; a reader asking for bytes that are not there more than {@link #MAX_READS_PAST_END} times is reading a damaged
 * file, and gets an unchecked exception it does not catch.
 */
final class PictureInput extends ImageInputStreamImpl {

    /** Readers look past the end a few times at the end of a whole file (a bit reader filling its last word). */
    static final int MAX_READS_PAST_END = 64;

    private final byte[] bytes;
    private int readsPastEnd;

    PictureInput(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "Bytes are required.");
    }

    @Override
    public int read() {
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        return bytes[(int) streamPos++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, into.length);
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        int count = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, into, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    /** The whole picture, as given (not to be changed). */
    byte[] bytes() {
        return bytes;
    }

    int readsPastEnd() {
        return readsPastEnd;
    }

    private int pastEnd() {
        if (++readsPastEnd > MAX_READS_PAST_END) {
            throw new ReadPastEndException(bytes.length);
        }
        return -1;
    }

    /** A reader kept reading a picture past its last byte. */
    static final class ReadPastEndException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ReadPastEndException(int length) {
            super("The reader asked for bytes past the end of the " + length + " bytes more than "
                    + MAX_READS_PAST_END + " times: the picture is cut short.");
        }
    }
}
