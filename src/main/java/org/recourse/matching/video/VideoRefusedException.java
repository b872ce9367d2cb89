package org.recourse.matching.video;

import java.util.List;

/**
 * A video that is not hashed: not a video we decode, or over a limit. The reason names what is wrong so that the
 * sender can act on it, and maps to a {@code 422} (a {@code 413} for {@link Reason#BYTES}). Nothing of the video is
 * kept.
 */
public class VideoRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each reason has a message key taking the arguments of {@link #arguments()}. */
    public enum Reason {
        /** Arguments: the file's size and the limit, in MB. */
        BYTES("api.error.video.bytes"),
        /** Not an MP4/MOV or Matroska/WebM file we can read. No arguments. */
        FORMAT("api.error.video.format"),
        /** No video stream (an audio file, a still picture). No arguments. */
        NO_VIDEO("api.error.video.no-video"),
        /** Arguments: the codec's name, the codecs decoded. */
        CODEC("api.error.video.codec"),
        /** Arguments: width, height, the limit in megapixels. */
        FRAME_SIZE("api.error.video.frame-size"),
        /** A side longer than the limit. Arguments: width, height, the longest side allowed. */
        FRAME_SIDE("api.error.video.frame-side"),
        /** Under 5 pixels wide or tall, which PDQ cannot hash. Arguments: width, height. */
        TOO_SMALL("api.error.video.too-small"),
        /** Over the frame-rate limit. Arguments: the frame rate, the limit. */
        FRAME_RATE("api.error.video.frame-rate"),
        /** Arguments: the duration and the limit, in seconds. */
        DURATION("api.error.video.duration"),
        /** More frames than the limit. Arguments: the limit. */
        FRAMES("api.error.video.frames"),
        /** Decoding took longer than the wall-clock limit. Arguments: the limit in seconds. */
        TIME("api.error.video.time"),
        /** The decoder needed more memory than it is given. Arguments: the limit in MB. */
        MEMORY("api.error.video.memory"),
        /** The decoder failed on the file (damaged or cut short), or it declares no frame rate. No arguments. */
        DAMAGED("api.error.video.damaged");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    VideoRefusedException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The values the message names. */
    public List<Object> arguments() {
        return arguments;
    }
}
