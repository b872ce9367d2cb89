package org.recourse.appeals.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.appeals.AppealReceipt;
import org.recourse.appeals.AppealRefusedException;
import org.recourse.appeals.AppealService;
import org.recourse.appeals.AppealSubmission;
import org.recourse.appeals.DuplicateAppealException;
import org.recourse.appeals.UnknownDecisionException;
import org.recourse.clients.ApiCaller;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.ApiKeyFilter;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;

/** The platform files its uploaders' appeals here (DSA art. 20) and reads how they were decided. */
@ApplicationScoped
@Path("/v1/appeals")
@Tag(name = "Appeals", description = "Uploaders' appeals against decisions")
public class AppealsResource {

    /** Far above any valid appeal (5,000 characters and 50 people), far below a denial of service. */
    static final long MAX_BODY_BYTES = 64L * 1024;

    @Inject
    AppealService appeals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SUBMIT_APPEALS)
    @Operation(operationId = "submitAppeal",
            summary = "Appeal a decision", description = "Files the uploader's appeal against a removal or "
            + "referral, within the appeal window; for adult content, the platform's record ids of age and consent "
            + "verification for every person shown (never documents).")
    @APIResponse(responseCode = "201", description = "Filed; Location is the appeal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "filed", value =
            "{\"reference\":\"AP-7KQ2MX4D9R\",\"status\":\"submitted\",\"contentId\":\"img-9001\",\"decisionId\":311,"
                    + "\"submittedAt\":\"2026-12-06T10:00:00Z\",\"dueBy\":\"2026-12-13T10:00:00Z\",\"personsOnRecord\":1}")))
    @APIResponse(responseCode = "409", description = "This decision has its appeal already")
    @APIResponse(responseCode = "413", description = "The body is larger than any appeal can be")
    @APIResponse(responseCode = "422", description = "One or more fields are wrong, or the appeal is late; errors[] "
            + "names each")
    public Response submit(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context ContainerRequestContext request) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        AppealRequestReader reader = new AppealRequestReader();
        AppealSubmission submission = reader.read(parsed.object());
        if (submission == null) {
            return invalid(reader.problems(), messages);
        }
        ApiCaller caller = ApiKeyFilter.callerOf(request);
        try {
            AppealReceipt appeal = appeals.submit(submission, caller.actor());
            return Response.created(uri.getBaseUriBuilder().path("v1/appeals").path(appeal.reference()).build())
                    .type(MediaType.APPLICATION_JSON).entity(toJson(appeal).toString()).build();
        } catch (DuplicateAppealException e) {
            return Problem.of(409, messages.get("api.error.appeal.duplicate.title"),
                    messages.get("api.error.appeal.duplicate.detail", e.existingReference())).toResponse();
        } catch (UnknownDecisionException e) {
            return invalid(List.of(FieldProblem.of(submission.statementId() != null ? "statementId" : "decisionId",
                    "api.error.appeal.unknownDecision")), messages);
        } catch (AppealRefusedException e) {
            return invalid(List.of(FieldProblem.of(submission.statementId() != null ? "statementId" : "decisionId",
                    e.refusal().messageKey())), messages);
        }
    }

    @GET
    @Path("{reference}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SUBMIT_APPEALS)
    @Operation(operationId = "getAppeal",
            summary = "An appeal and its outcome")
    @APIResponse(responseCode = "200", description = "The appeal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "upheld", value =
            "{\"reference\":\"AP-7KQ2MX4D9R\",\"status\":\"upheld\",\"contentId\":\"img-9001\",\"decisionId\":311,"
                    + "\"submittedAt\":\"2026-12-06T10:00:00Z\",\"dueBy\":\"2026-12-13T10:00:00Z\",\"decidedAt\":\"2026-12-08T15:20:00Z\"}")))
    @APIResponse(responseCode = "404", description = "No such appeal")
    public Response read(@PathParam("reference") String reference, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        return appeals.byReference(reference).map(appeal -> Response.ok(toJson(appeal).toString(),
                        MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> Problem.of(404, messages.get("api.error.appeal.notFound.title"),
                        messages.get("api.error.appeal.notFound.detail")).toResponse());
    }

    private static JsonObject toJson(AppealReceipt appeal) {
        var json = JsonSupport.object()
                .add("reference", appeal.reference())
                .add("decisionId", appeal.decisionId())
                .add("contentId", appeal.contentId() == null ? "" : appeal.contentId())
                .add("status", appeal.status().name().toLowerCase(java.util.Locale.ROOT))
                .add("submittedAt", appeal.submittedAt().toString())
                .add("dueBy", appeal.dueAt().toString())
                .add("personsOnRecord", appeal.personsOnRecord());
        if (appeal.decidedAt() != null) {
            json.add("decidedAt", appeal.decidedAt().toString());
        }
        return json.build();
    }

    private static Response invalid(List<FieldProblem> problems, Messages messages) {
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(p.field(), messages.get(p.messageKey(), p.arguments())))
                .toList();
        return Problem.of(422, messages.get("api.error.appeal.invalid.title"),
                messages.get("api.error.invalid.detail")).withErrors(errors).toResponse();
    }
}
