package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.matching.video.VideoFingerprinting;
import org.recourse.matching.video.VideoRefusedException;
import org.recourse.matching.video.VideoSignature;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqTextException;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.platform.validation.FieldProblem;

/**
 * A registration's video fingerprint, outside any transaction (decoding may take up to the wall-clock limit): the
 * vPDQ of its bytes when they are a video, whatever type was declared, or the vPDQ the platform computed and sent.
 * Bytes declared as a video that are not one are refused, not registered as "some file": a video that cannot be
 * fingerprinted would never stay down.
 */
@ApplicationScoped
public class VideoFingerprints {

    /** The most frames a platform may send: 24 hours at one a second. */
    public static final int MAX_SENT_FRAMES = VpdqText.DEFAULT_MAX_FRAMES;

    @Inject
    Provider<VideoFingerprinting> fingerprinting;

    /**
     * @return the video's frames, or empty when the registration is not of a video
     * @throws ContentRegistry.InvalidException naming the field and the reason, when it is refused
     */
    public Optional<VpdqVideo> of(Registration registration) {
        if (registration.vpdq() != null) {
            return Optional.of(sent(registration.vpdq(), "vpdq"));
        }
        byte[] bytes = registration.bytes();
        if (bytes == null || !(VideoSignature.isVideo(bytes) || declaredVideo(registration.mediaType()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(fingerprinting.get().of(bytes));
        } catch (VideoRefusedException refused) {
            throw new ContentRegistry.InvalidException(List.of(new FieldProblem("bytes", refused.messageKey(),
                    refused.arguments())));
        }
    }

    /** Frames sent in the reference's text, checked line by line. */
    public static VpdqVideo sent(String text, String field) {
        VpdqVideo video;
        try {
            video = VpdqText.read(new StringReader(text), MAX_SENT_FRAMES);
        } catch (VpdqTextException wrong) {
            throw new ContentRegistry.InvalidException(List.of(new FieldProblem(field, wrong.messageKey(),
                    wrong.arguments())));
        }
        if (video.size() == 0) {
            throw new ContentRegistry.InvalidException(List.of(FieldProblem.of(field, "api.error.vpdq.empty")));
        }
        return video;
    }

    private static boolean declaredVideo(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("video/");
    }
}
