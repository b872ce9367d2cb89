package org.recourse.context.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.context.BehaviourSignals;
import org.recourse.context.Standing;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;

/**
 * An uploader's behaviour signals in the window, their score and whether they are flagged: what the platform polls
 * (beside the {@code uploader.flagged} webhook) to send an account to its own review.
 */
@ApplicationScoped
@Path("/v1/uploaders/{uploaderId}/signals")
@Tag(name = "Context", description = "Texts around content, and uploaders' behaviour signals (API key)")
@SecurityRequirement(name = "apiKey")
public class UploaderSignalsResource {

    /** An uploader id as the platform sends it everywhere (/content, /screen): printable, up to 200. */
    static final Pattern UPLOADER_ID = Pattern.compile("[\\p{Graph}]{1,200}");

    @Inject
    BehaviourSignals signals;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SCREEN_UPLOADS)
    @Operation(operationId = "getUploaderSignals",
            summary = "An uploader's behaviour signals, score and flag",
            description = "Counts in the window (uploads held, uploads blocked, near misses, reports received, "
            + "context matches), the weighted score, the threshold and whether the uploader is flagged. A flag is a "
            + "reason for the platform to review the account, never a sanction. An uploader never seen has zeros.")
    @APIResponse(responseCode = "200", description = "Where the uploader stands", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "flagged", value =
            "{\"uploaderId\":\"user-4411\",\"flagged\":true,\"flaggedAt\":\"2026-12-06T10:00:00Z\",\"score\":12,"
                    + "\"flagAt\":10,\"windowDays\":30,\"signals\":{\"uploadsHeld\":2,\"uploadsBlocked\":0,"
                    + "\"nearMisses\":1,\"reportsReceived\":1,\"contextMatches\":1}}")))
    @APIResponse(responseCode = "404", description = "The path does not name an uploader id")
    public Response read(@PathParam("uploaderId") String uploaderId, @Context HttpHeaders headers) {
        if (uploaderId == null || !UPLOADER_ID.matcher(uploaderId).matches()) {
            Messages messages = Messages.of(headers);
            return Problem.of(404, messages.get("api.error.uploader.malformed.title"),
                    messages.get("api.error.uploader.malformed.detail")).toResponse();
        }
        Standing standing = signals.standing(uploaderId);
        var json = JsonSupport.object()
                .add("uploaderId", standing.uploaderId())
                .add("flagged", standing.flagged());
        if (standing.flagged() && standing.flaggedAt() != null) {
            json.add("flaggedAt", standing.flaggedAt().toString());
        }
        json.add("score", standing.score()).add("flagAt", standing.flagAt()).add("windowDays", standing.windowDays())
                .add("signals", standing.signalsJson());
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
    }
}
