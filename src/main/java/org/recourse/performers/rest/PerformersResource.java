package org.recourse.performers.rest;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.ApiKeyFilter;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.performers.PerformerRecords;
import org.recourse.performers.PerformerRegistration;
import org.recourse.performers.PerformerRules;
import org.recourse.performers.RecordConflictException;
import org.recourse.performers.RecordState;
import org.recourse.performers.RecordWithdrawnException;
import org.recourse.performers.Registered;
import org.recourse.performers.UnknownRecordException;
import org.recourse.performers.Withdrawal;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.InsertRaces;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;

/**
 * Adult content's performer records: the platform registers, for each person shown, its record of their age and
 * identity verification and of their consent (never a document), links its content to it, and withdraws consent when
 * the person asks it to. The person can also withdraw on Recourse's public page with the reference issued here.
 */
@ApplicationScoped
@Path("/v1/performers")
@Tag(name = "Performers", description = "Age, identity and consent records of people shown in adult content")
public class PerformersResource {

    /** Far above any valid record (20 lines of scope, 1,000 content ids), far below a denial of service. */
    static final long MAX_BODY_BYTES = 256L * 1024;

    static final String RECORD_EXAMPLE = "{\"recordId\":\"perf-2291\",\"status\":\"in_force\",\"inForce\":true,"
            + "\"verification\":{\"method\":\"document_check\",\"verifiedOn\":\"2026-11-30\",\"verifiedBy\":\"Yoti\"},"
            + "\"consent\":{\"scope\":[\"Photo set Autumn, on example.com\"],\"givenOn\":\"2026-11-30\","
            + "\"how\":\"signed_release\"},\"registeredAt\":\"2026-12-01T09:00:00Z\",\"content\":[\"img-9001\"]";

    @Inject
    PerformerRecords records;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.WRITE_PERFORMERS)
    @Operation(operationId = "registerPerformerRecord", summary = "Register a performer record",
            description = "The platform's record of one person shown in its adult content: how their age and identity "
            + "were verified (method, day, who verified; never the document) and their consent (scope, day, how "
            + "given). The answer carries the withdrawal reference, once: give it to the person. A record is never "
            + "edited: the same body again is a retry (200), other facts under the same id are refused (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "record",
            value = "{\"recordId\":\"perf-2291\",\"verification\":{\"method\":\"document_check\",\"verifiedOn\":"
                    + "\"2026-11-30\",\"verifiedBy\":\"Yoti\"},\"consent\":{\"scope\":[\"Photo set Autumn, on "
                    + "example.com\"],\"givenOn\":\"2026-11-30\",\"how\":\"signed_release\"},\"content\":[\"img-9001\"]}")))
    @APIResponse(responseCode = "201", description = "Registered; Location is the record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "registered", value =
            RECORD_EXAMPLE + ",\"withdrawalReference\":\"cw_7kq2mx4d9r8t3vwz1hbn\"}")))
    @APIResponse(responseCode = "200", description = "The same record was registered already (no new reference)")
    @APIResponse(responseCode = "409", description = "This record id is registered with other facts")
    @APIResponse(responseCode = "413", description = "The body is larger than any record can be")
    @APIResponse(responseCode = "422", description = "One or more fields are wrong, or carry a document; errors[] "
            + "names each")
    public Response register(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        PerformerRequestReader reader = new PerformerRequestReader(LocalDate.now(clock));
        PerformerRegistration registration = reader.read(parsed.object());
        if (registration == null) {
            return Problem.invalid(reader.problems(), messages, "api.error.performers.invalid.title").toResponse();
        }
        try {
            // The same new record sent twice at once: the loser's insert is refused by the unique record id, and its
            // second run finds the winner's row (a retry, or a conflict), never a 500.
            String actor = ApiKeyFilter.callerOf(request).actor();
            Registered registered = InsertRaces.retry(() -> records.register(registration, actor));
            JsonObjectBuilder json = toJson(registered.state());
            if (!registered.created()) {
                return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
            }
            json.add("withdrawalReference", registered.reference().value());
            return Response.created(uri.getBaseUriBuilder().path("v1/performers").path(registration.recordId())
                    .build()).type(MediaType.APPLICATION_JSON).entity(json.build().toString()).build();
        } catch (RecordConflictException e) {
            return Problem.of(409, messages.get("api.error.performers.conflict.title"),
                    messages.get("api.error.performers.conflict.detail")).toResponse();
        } catch (RecordWithdrawnException e) {
            return withdrawn(messages);
        }
    }

    @GET
    @Path("{recordId}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.WRITE_PERFORMERS)
    @Operation(operationId = "getPerformerRecord", summary = "A performer record's state",
            description = "The facts registered, whether the record is in force today, the content linked and, once "
            + "withdrawn, when and how. Never the withdrawal reference.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "in force", value =
            RECORD_EXAMPLE + "}")))
    @APIResponse(responseCode = "404", description = "No such record")
    public Response read(@PathParam("recordId") String recordId, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        if (!PerformerRules.isRecordId(recordId)) {
            return notFound(messages);
        }
        return records.state(recordId).map(state -> Response.ok(toJson(state).build().toString(),
                MediaType.APPLICATION_JSON).build()).orElseGet(() -> notFound(messages));
    }

    @POST
    @Path("{recordId}/content")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.WRITE_PERFORMERS)
    @Operation(operationId = "linkPerformerContent", summary = "Link content to a performer record",
            description = "The platform's content ids of items showing this person (registered or not yet); ids "
            + "linked already are left as they are. A withdrawal hides every registered item linked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "link",
            value = "{\"contentIds\":[\"img-9001\",\"vid-77\"]}")))
    @APIResponse(responseCode = "200", description = "Linked; the record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "linked", value =
            RECORD_EXAMPLE + "}")))
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "The record's consent was withdrawn")
    @APIResponse(responseCode = "422", description = "A content id is not one; errors[] names each")
    public Response link(@PathParam("recordId") String recordId, InputStream body, @Context HttpHeaders headers,
            @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        if (!PerformerRules.isRecordId(recordId)) {
            return notFound(messages);
        }
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        PerformerRequestReader reader = new PerformerRequestReader(LocalDate.now(clock));
        List<String> ids = reader.readLink(parsed.object());
        if (ids == null) {
            return Problem.invalid(reader.problems(), messages, "api.error.performers.invalid.title").toResponse();
        }
        try {
            RecordState state = records.link(recordId, ids, ApiKeyFilter.callerOf(request).actor());
            return Response.ok(toJson(state).build().toString(), MediaType.APPLICATION_JSON).build();
        } catch (UnknownRecordException e) {
            return notFound(messages);
        } catch (RecordWithdrawnException e) {
            return withdrawn(messages);
        } catch (IllegalArgumentException e) {
            return Problem.of(422, messages.get("api.error.performers.invalid.title"),
                    messages.get("api.error.performers.content.tooMany", PerformerRules.MAX_CONTENT_PER_RECORD))
                    .toResponse();
        }
    }

    @POST
    @Path("{recordId}/withdrawal")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.WRITE_PERFORMERS)
    @Operation(operationId = "withdrawPerformerConsent", summary = "Withdraw a person's consent",
            description = "The person asked the platform to withdraw their consent: at once every registered item "
            + "linked to the record is hidden pending review on a case, re-uploads are held, and the record is no "
            + "longer in force. No proof is asked. Done again, nothing changes (already: true). No body.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "withdrawn", value =
            "{\"recordId\":\"perf-2291\",\"status\":\"withdrawn\",\"withdrawnAt\":\"2026-12-06T16:00:00Z\","
                    + "\"via\":\"api\",\"itemsHidden\":1,\"already\":false}")))
    @APIResponse(responseCode = "404", description = "No such record")
    public Response withdraw(@PathParam("recordId") String recordId, @Context HttpHeaders headers,
            @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        if (!PerformerRules.isRecordId(recordId)) {
            return notFound(messages);
        }
        try {
            Withdrawal done = records.withdrawByPlatform(recordId, ApiKeyFilter.callerOf(request).actor());
            return Response.ok(JsonSupport.object().add("recordId", done.recordId()).add("status", "withdrawn")
                    .add("withdrawnAt", done.withdrawnAt().toString()).add("via", done.via().code())
                    .add("itemsHidden", done.itemsHidden()).add("already", done.already()).build().toString(),
                    MediaType.APPLICATION_JSON).build();
        } catch (UnknownRecordException e) {
            return notFound(messages);
        }
    }

    @POST
    @Path("{recordId}/withdrawal-reference")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.WRITE_PERFORMERS)
    @Operation(operationId = "reissuePerformerReference", summary = "A new withdrawal reference",
            description = "For a platform that lost the reference of a record in force: a new one, given once; the "
            + "previous one stops working at once. No body.")
    @APIResponse(responseCode = "201", description = "The new reference", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reissued", value =
            "{\"recordId\":\"perf-2291\",\"withdrawalReference\":\"cw_3vwz1hbn7kq2mx4d9r8t\"}")))
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "The record's consent was withdrawn")
    public Response reissue(@PathParam("recordId") String recordId, @Context HttpHeaders headers,
            @Context UriInfo uri, @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        if (!PerformerRules.isRecordId(recordId)) {
            return notFound(messages);
        }
        try {
            String reference = records.reissue(recordId, ApiKeyFilter.callerOf(request).actor()).value();
            return Response.created(uri.getBaseUriBuilder().path("v1/performers").path(recordId).build())
                    .type(MediaType.APPLICATION_JSON).entity(JsonSupport.object().add("recordId", recordId)
                            .add("withdrawalReference", reference).build().toString()).build();
        } catch (UnknownRecordException e) {
            return notFound(messages);
        } catch (RecordWithdrawnException e) {
            return withdrawn(messages);
        }
    }

    static JsonObjectBuilder toJson(RecordState state) {
        var scope = JsonSupport.array();
        state.consent().scope().forEach(scope::add);
        var consent = JsonSupport.object().add("scope", scope).add("givenOn", state.consent().givenOn().toString())
                .add("how", state.consent().form().code());
        if (state.consent().until() != null) {
            consent.add("until", state.consent().until().toString());
        }
        var content = JsonSupport.array();
        state.content().forEach(content::add);
        JsonObjectBuilder json = JsonSupport.object()
                .add("recordId", state.recordId())
                .add("status", state.status().code())
                .add("inForce", state.inForce())
                .add("verification", JsonSupport.object().add("method", state.verification().method().code())
                        .add("verifiedOn", state.verification().on().toString())
                        .add("verifiedBy", state.verification().by()))
                .add("consent", consent)
                .add("registeredAt", state.registeredAt().toString())
                .add("content", content);
        if (state.withdrawnAt() != null) {
            json.add("withdrawnAt", state.withdrawnAt().toString()).add("withdrawnVia", state.withdrawnVia().code());
        }
        return json;
    }

    private static Response notFound(Messages messages) {
        return Problem.of(404, messages.get("api.error.performers.notFound.title"),
                messages.get("api.error.performers.notFound.detail")).toResponse();
    }

    private static Response withdrawn(Messages messages) {
        return Problem.of(409, messages.get("api.error.performers.withdrawn.title"),
                messages.get("api.error.performers.withdrawn.detail")).toResponse();
    }
}
