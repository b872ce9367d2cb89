package org.recourse.intake.rest;

import org.recourse.platform.persistence.Deadlocks;
import org.recourse.platform.rest.JsonSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.intake.IntakeService;
import org.recourse.intake.InvalidSubmissionException;
import org.recourse.intake.Receipt;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.web.ReceiptView;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.Problem;
import org.recourse.cases.StrikePolicy;
import org.recourse.platform.settings.PortalSettings;

/**
 * Files reports for people and services that cannot use the form. No key and no account: anyone may report.
 * Application-scoped, so Jersey does not build and inject a new instance for every report.
 */
@ApplicationScoped
@Path("/v1/reports")
@Tag(name = "Reports", description = "Anonymous reporting")
public class ReportsResource {

    /** Far above any valid report (20 addresses and 4,000 characters of details), far below a denial of service. */
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    @Inject
    IntakeService intake;

    @Inject
    PortalSettings settings;

    @Inject
    StrikePolicy sanctions;

    @Inject
    RequestContext request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "fileReport",
            summary = "Report content", description = "Hides every named item hosted on the platform at once, "
            + "opens a case (or joins the open case on the same content) and returns a reference number.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "#/components/schemas/ReportRequest"), examples = @ExampleObject(name = "report",
            value = "{\"items\":[{\"contentId\":\"demo-03\"},{\"url\":\"https://elsewhere.example/p/1\"}],"
                    + "\"category\":\"child_sexual_imagery\",\"selfReport\":true,\"details\":\"This is me at 12.\","
                    + "\"contact\":{\"email\":\"me@example.org\",\"consent\":true}}")))
    @APIResponse(responseCode = "201", description = "Filed; Location is the report's status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ReportReceipt")))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object")
    @APIResponse(responseCode = "413", description = "The body is larger than any report can be")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "One or more fields are wrong; errors[] names each")
    @APIResponse(responseCode = "429", description = "Too many reports from this client for now; see Retry-After")
    public Response file(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        ReportRequestReader reader = new ReportRequestReader();
        ReportSubmission submission = reader.read(parsed.object(), messages.locale());
        if (!reader.problems().isEmpty()) {
            return invalid(everyProblem(reader.problems(), submission), submission, messages);
        }
        try {
            // Over the client's limit, this throws; ProblemMappers answers 429 with Retry-After.
            Receipt receipt = Deadlocks.retry(() -> intake.file(submission, request.submitter()));
            return Response.created(uri.getBaseUriBuilder().path("v1/reports").path(receipt.reference().compact()).build())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(toJson(receipt, messages).toString())
                    .build();
        } catch (InvalidSubmissionException e) {
            return invalid(e.problems(), submission, messages);
        }
    }

    private JsonObject toJson(Receipt receipt, Messages messages) {
        ReceiptView view = new ReceiptView(receipt, settings, sanctions, messages);
        JsonObjectBuilder contact = JsonSupport.object()
                .add("team", settings.contactTeam(messages.locale()))
                .add("email", settings.contactEmail());
        settings.contactPhone().ifPresent(phone -> contact.add("phone", phone));
        return JsonSupport.object()
                .add("reference", receipt.reference().display())
                .add("status", "received")
                .add("category", receipt.category().code())
                .add("itemsHidden", receipt.itemsHidden())
                .add("itemsExternal", receipt.itemsExternal())
                .add("joinedExistingCase", receipt.joinedExistingCase())
                .add("reviewDueBy", receipt.reviewDueBy().toString())
                .add("nextSteps", view.nextSteps())
                .add("contact", contact)
                .build();
    }

    private Response invalid(List<FieldProblem> problems, ReportSubmission submission, Messages messages) {
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(apiField(p, submission), messages.get(p.messageKey(), p.arguments())))
                .toList();
        return Problem.of(422, messages.get("api.error.invalid.title"), messages.get("api.error.invalid.detail"))
                .withErrors(errors).toResponse();
    }

    /**
     * The reader's problems, and also what is wrong with the fields that did have the right type: every mistake in one
     * answer.
     */
    static List<FieldProblem> everyProblem(List<FieldProblem> readerProblems, ReportSubmission submission) {
        // By member, not split(): a client's field "." split to nothing (found by fuzzing).
        java.util.Set<String> flagged = new java.util.HashSet<>();
        readerProblems.forEach(p -> flagged.add(p.member()));
        List<FieldProblem> all = new java.util.ArrayList<>(readerProblems);
        org.recourse.intake.SubmissionRules.check(submission).stream()
                .filter(p -> !flagged.contains(p.member()))
                .forEach(all::add);
        return all;
    }

    /** Item problems name the member that was sent: {@code items[2].url} or {@code items[2].contentId}. */
    static String apiField(FieldProblem problem, ReportSubmission submission) {
        int index = problem.itemIndex();
        if (index < 0 || problem.field().contains(".") || index >= submission.locations().size()) {
            return problem.field();
        }
        return problem.field() + (submission.locations().get(index).kind() == org.recourse.intake.LocationInput.Kind.URL
                ? ".url" : ".contentId");
    }
}
