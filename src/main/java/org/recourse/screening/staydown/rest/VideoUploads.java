package org.recourse.screening.staydown.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.recourse.content.ContentRegistry;
import org.recourse.content.VideoFingerprints;
import org.recourse.matching.video.VideoFingerprinting;
import org.recourse.matching.video.VideoRefusedException;
import org.recourse.matching.video.VideoSignature;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;

/**
 * An upload's video frames, worked out before screening's transaction opens (decoding may take up to the wall-clock
 * limit): from bytes that are a video (by their container, or declared so), streamed or sent in the JSON, or from the
 * vPDQ the platform sent. A refusal is a {@code 422} naming the reason ({@code 413} for a file over the size limit).
 */
@ApplicationScoped
public class VideoUploads {

    /** A video that is not screened by its look, and the answer that says why. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FieldProblem problem;
        private final int status;

        Refused(FieldProblem problem, int status) {
            super(problem.messageKey());
            this.problem = problem;
            this.status = status;
        }

        public jakarta.ws.rs.core.Response toResponse(Messages messages) {
            if (status == 422) {
                return Problem.invalid(List.of(problem), messages, "api.error.invalid.content.title").toResponse();
            }
            return Problem.of(status, messages.get("api.error.invalid.content.title"),
                    messages.get(problem.messageKey(), problem.arguments().toArray())).toResponse();
        }
    }

    @Inject
    Provider<VideoFingerprinting> fingerprinting;

    /**
     * The frames of an upload sent as JSON, or null when it is no video.
     *
     * @throws Refused when the bytes are (or are declared as) a video that is not decoded, or the vPDQ is not valid
     */
    public VpdqVideo of(byte[] bytes, String mediaType, String vpdq) {
        if (vpdq != null) {
            try {
                return VideoFingerprints.sent(vpdq, "vpdq");
            } catch (ContentRegistry.InvalidException invalid) {
                throw new Refused(invalid.problems().get(0), 422);
            }
        }
        if (bytes == null || !(VideoSignature.isVideo(bytes) || declaredVideo(mediaType))) {
            return null;
        }
        try {
            return fingerprinting.get().of(bytes);
        } catch (VideoRefusedException refused) {
            throw refused(refused);
        }
    }

    /** The frames of a video streamed as the body (copied to a private temporary file, at most the size limit). */
    public VpdqVideo of(InputStream video) {
        try {
            return fingerprinting.get().of(video);
        } catch (VideoRefusedException refused) {
            throw refused(refused);
        }
    }

    private static Refused refused(VideoRefusedException refused) {
        return new Refused(new FieldProblem("bytes", refused.messageKey(), refused.arguments()),
                refused.reason() == VideoRefusedException.Reason.BYTES ? 413 : 422);
    }

    private static boolean declaredVideo(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("video/");
    }
}
