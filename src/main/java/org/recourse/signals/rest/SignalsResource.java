package org.recourse.signals.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.cases.CaseNumbers;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.ApiKeyFilter;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.InsertRaces;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.signals.SignalConflictException;
import org.recourse.signals.SignalReceipt;
import org.recourse.signals.SignalService;
import org.recourse.signals.SignalSubmission;
import org.recourse.signals.TooManySignalsException;
import org.recourse.signals.UnknownContentException;

/**
 * The platform's classifiers send what they found here. At or above the threshold of the classifier's label the item
 * is held (hidden pending review) and queued for a person; below it the signal is only recorded. Never a removal.
 */
@ApplicationScoped
@Path("/v1/signals")
@Tag(name = "Signals", description = "Classifiers' signals about registered content, always decided by a person")
@SecurityRequirement(name = "apiKey")
public class SignalsResource {

    /** A signal is six short fields: 4 KB is room for all of them at their longest, and nothing more. */
    static final long MAX_BODY_BYTES = 4 * 1024;

    private static final String HELD_EXAMPLE = "{\"id\":4107,\"signalId\":\"sig-20261206-000981\","
            + "\"contentId\":\"img-8841\",\"classifier\":\"safer\",\"classifierVersion\":\"3.2.0\","
            + "\"label\":\"csam_likely\",\"score\":0.97,\"threshold\":0.5,\"action\":\"held\","
            + "\"reason\":\"at_or_above_threshold\",\"caseNumber\":\"C-000123\","
            + "\"reviewDueBy\":\"2026-12-06T10:17:24Z\",\"receivedAt\":\"2026-12-06T10:00:00Z\",\"repeated\":false}";

    @Inject
    SignalService signals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SUBMIT_SIGNALS)
    @Operation(operationId = "submitSignal", summary = "Send a classifier's signal about a registered item",
            description = "classifier (a-z, 0-9, _ and -, at most 64), classifierVersion (at most 64), label (a-z, "
            + "0-9 and _, at most 64, e.g. csam_likely, minor_likely, ncii_likely, nudity), score (a number from 0 "
            + "to 1), contentId (a registered item) and, optionally, signalId (the platform's own id, at most 100: "
            + "the idempotency key). At or above the threshold set for the classifier's label the item is hidden "
            + "pending review and queued, due sooner the higher the score (action held, with the case number); "
            + "below it, or with no threshold, the signal is only recorded (action recorded). A signal never removes "
            + "content and never sanctions an uploader: a person decides. The same signal sent again is answered "
            + "as the first time (200, repeated true) and does nothing more.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
            @ExampleObject(name = "a vendor classifier's signal", value = "{\"signalId\":\"sig-20261206-000981\","
            + "\"contentId\":\"img-8841\",\"classifier\":\"safer\",\"classifierVersion\":\"3.2.0\","
            + "\"label\":\"csam_likely\",\"score\":0.97}")))
    @APIResponse(responseCode = "201", description = "Received; Location is the signal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "held", value = HELD_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The same signal was received before: the first answer, "
            + "repeated true", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
            @ExampleObject(name = "repeated", value = "{\"id\":4108,\"contentId\":\"img-8842\",\"classifier\":"
            + "\"in-house-nsfw\",\"classifierVersion\":\"2026.11\",\"label\":\"nudity\",\"score\":0.41,"
            + "\"action\":\"recorded\",\"reason\":\"no_threshold\",\"receivedAt\":\"2026-12-06T10:00:02Z\","
            + "\"repeated\":true}")))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object")
    @APIResponse(responseCode = "409", description = "This signalId was sent before with other details")
    @APIResponse(responseCode = "413", description = "The body is larger than any signal can be (4 KB)")
    @APIResponse(responseCode = "422", description = "Fields are wrong or missing, or contentId is not registered; "
            + "errors[] names each, and nothing is stored")
    @APIResponse(responseCode = "429", description = "The item has as many signals as it may keep (200)")
    public Response submit(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        SignalRequestReader reader = new SignalRequestReader();
        SignalSubmission submission = reader.read(parsed.object());
        if (submission == null) {
            return Problem.invalid(reader.problems(), messages, "api.error.signal.invalid.title").toResponse();
        }
        try {
            // Two items sent with the same signal id at once: the second's insert loses to the unique id, and once
            // more it finds the first (409 if the details differ) instead of answering 500.
            String sender = ApiKeyFilter.callerOf(request).actor();
            SignalReceipt receipt = InsertRaces.retry(() -> signals.receive(submission, sender));
            URI location = uri.getBaseUriBuilder().path("v1/signals").path(receipt.signal().id().toString()).build();
            return (receipt.repeated() ? Response.ok() : Response.created(location)).type(MediaType.APPLICATION_JSON)
                    .entity(toJson(receipt).toString()).build();
        } catch (UnknownContentException e) {
            return Problem.invalid(List.of(FieldProblem.of("contentId", "api.error.signal.unknownContent")),
                    messages, "api.error.signal.invalid.title").toResponse();
        } catch (SignalConflictException e) {
            return Problem.of(409, messages.get("api.error.signal.conflict.title"),
                    messages.get("api.error.signal.conflict.detail", e.existingId())).toResponse();
        } catch (TooManySignalsException e) {
            return Problem.of(429, messages.get("api.error.signal.tooMany.title"),
                    messages.get("api.error.signal.tooMany.detail", SignalService.MAX_PER_ITEM)).toResponse();
        }
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SUBMIT_SIGNALS)
    @Operation(operationId = "getSignal", summary = "A signal, what it did, and how a reviewer decided",
            description = "outcome, once a person decided the item a signal held: confirmed (removed or referred) or "
            + "not_confirmed (restored).")
    @APIResponse(responseCode = "200", description = "The signal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "decided", value =
            "{\"id\":4107,\"contentId\":\"img-8841\",\"classifier\":\"safer\",\"classifierVersion\":\"3.2.0\","
            + "\"label\":\"csam_likely\",\"score\":0.97,\"threshold\":0.5,\"action\":\"held\","
            + "\"reason\":\"at_or_above_threshold\",\"caseNumber\":\"C-000123\",\"receivedAt\":"
            + "\"2026-12-06T10:00:00Z\",\"repeated\":true,\"outcome\":\"confirmed\","
            + "\"decidedAt\":\"2026-12-06T10:09:40Z\"}")))
    @APIResponse(responseCode = "404", description = "No such signal")
    public Response read(@PathParam("id") String id, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        Response notFound = Problem.of(404, messages.get("api.error.signal.notFound.title"),
                messages.get("api.error.signal.notFound.detail")).toResponse();
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return notFound;
        }
        return signals.find(Long.parseLong(id))
                .map(receipt -> Response.ok(toJson(receipt).toString(), MediaType.APPLICATION_JSON).build())
                .orElse(notFound);
    }

    static JsonObject toJson(SignalReceipt receipt) {
        var signal = receipt.signal();
        JsonObjectBuilder json = JsonSupport.object().add("id", signal.id());
        if (signal.platformSignalId() != null) {
            json.add("signalId", signal.platformSignalId());
        }
        json.add("contentId", receipt.contentId()).add("classifier", signal.classifier())
                .add("classifierVersion", signal.classifierVersion()).add("label", signal.label())
                .add("score", signal.score());
        signal.threshold().ifPresent(threshold -> json.add("threshold", threshold));
        json.add("action", receipt.verdict().action().name().toLowerCase(Locale.ROOT))
                .add("reason", receipt.verdict().reason().name().toLowerCase(Locale.ROOT));
        if (receipt.caseId() != null) {
            json.add("caseNumber", CaseNumbers.format(receipt.caseId()));
        }
        if (receipt.reviewDueBy() != null && receipt.signal().outcome().isEmpty()) {
            json.add("reviewDueBy", receipt.reviewDueBy().toString());
        }
        json.add("receivedAt", signal.receivedAt().toString()).add("repeated", receipt.repeated());
        signal.outcome().ifPresent(outcome -> json.add("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .add("decidedAt", signal.decidedAt().toString()));
        return json.build();
    }
}
