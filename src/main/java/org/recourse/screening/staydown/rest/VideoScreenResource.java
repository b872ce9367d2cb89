package org.recourse.screening.staydown.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.content.UploaderContext;
import org.recourse.content.UploaderContextReader;
import org.recourse.matching.hash.DecoderBusyException;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.screening.policy.UploadContext;
import org.recourse.screening.policy.UploadContextReader;
import org.recourse.screening.staydown.UploadScreening;

/**
 * Screening of a video sent as the request's body, streamed to a private temporary file (at most
 * {@code recourse.video.max-bytes}), so a video larger than a JSON body can carry is screened by its frames and its
 * exact hashes, which are worked out while it is read.
 */
@ApplicationScoped
@Path("/v1/screen/video")
@Tag(name = "Screening")
@SecurityRequirement(name = "apiKey")
public class VideoScreenResource {

    private static final long MAX_DRAINED_BYTES = 1024 * 1024;

    @Inject
    VideoUploads videos;

    @Inject
    ScreenResource screen;

    @Inject
    java.time.Clock clock;

    @POST
    @Consumes({"video/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SCREEN_UPLOADS)
    @Operation(operationId = "screenVideo",
            summary = "Screen a video upload sent as the body", description = "The video's bytes as the body "
            + "(MP4, MOV, Matroska or WebM), the upload's contentId, url and uploaderId as query parameters, and "
            + "optionally uploadedAt and uploader (the JSON object of POST /v1/screen as text, at most 16 KB) and context "
            + "(the upload policy's context object of POST /v1/screen as text, at most 4 KB). The same "
            + "verdict as POST /v1/screen: its frames (vPDQ, a frame a second) are matched against the banked videos, "
            + "its SHA-256 and MD5 against the exact hashes.")
    @APIResponse(responseCode = "200", description = "The verdict, as POST /v1/screen (with statementId on a HOLD "
            + "or BLOCK; without contentId the statement names the video by its SHA-256)")
    @APIResponse(responseCode = "413", description = "The video is over the size limit")
    @APIResponse(responseCode = "422", description = "Not a video decoded here, or over a limit (frame size, frame "
            + "rate, duration, frames, decoding time); errors[] names it")
    @APIResponse(responseCode = "503", description = "Too many videos and pictures are being decoded; send again after "
            + "Retry-After")
    public Response screen(InputStream body, @QueryParam("contentId") String contentId, @QueryParam("url") String url,
            @QueryParam("uploaderId") String uploaderId, @QueryParam("uploadedAt") String uploadedAt,
            @QueryParam("uploader") String uploaderJson, @QueryParam("context") String contextJson,
            @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        String mediaType = headers.getMediaType() == null ? null
                : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype();
        List<FieldProblem> problems = new ArrayList<>();
        // Checked before a byte is read: the fields say nothing of the video, so a bad one costs no decoding.
        ScreenResource.check(new UploadScreening.Upload(contentId, url, mediaType, uploaderId, null,
                "0".repeat(64), null, null), null, problems);
        UploaderContext uploader = UploaderContextReader.read(uploaderJson, uploadedAt, uploaderId, clock.instant(),
                problems);
        UploadContext context = UploadContextReader.read(contextJson, problems);
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        VpdqVideo video;
        try {
            video = videos.of(new DigestInputStream(new DigestInputStream(body, sha256), md5));
        } catch (VideoUploads.Refused refused) {
            // As JsonBodies does: a client still sending a little too much reads the 413, not a reset connection.
            drain(body);
            return refused.toResponse(messages);
        } catch (DecoderBusyException busy) {
            return ScreenResource.busy(busy, messages);
        }
        return screen.screened(new UploadScreening.Upload(contentId, url, mediaType, uploaderId, null,
                HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()), null, video,
                uploader),
                context, messages);
    }

    /** Drops up to 1 MB of what is left of the body; any failure just ends the dropping. */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try {
            int read;
            while (dropped < MAX_DRAINED_BYTES && (read = body.read(buffer)) != -1) {
                dropped += read;
            }
        } catch (java.io.IOException e) {
            // the client gone: the refusal is the answer either way
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }
}
