package org.recourse.lookup.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.intake.InvalidReferenceException;
import org.recourse.lookup.LookupGuard;
import org.recourse.lookup.LookupResult;
import org.recourse.lookup.ReportStatus;
import org.recourse.lookup.StatusLookup;
import org.recourse.lookup.StatusView;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.settings.PortalSettings;

/**
 * Where a report stands, for whoever holds its reference: no key and no account, like filing. The answer is the
 * status page's, as JSON; an unknown reference is a 404 whatever it looks like, and failed look-ups are slowed.
 */
@ApplicationScoped
@Path("/v1/reports/{reference}")
@Tag(name = "Reports", description = "Anonymous reporting")
public class ReportStatusResource {

    @Inject
    LookupGuard guard;

    @Inject
    StatusLookup lookup;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    RequestContext request;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getReportStatus",
            summary = "Where a report stands", description = "The timeline of a report in plain words, what "
            + "happens next and whom to contact. Never the content, its address or anything about other reporters.")
    @APIResponse(responseCode = "200", description = "The report's status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "in review", value = """
                    {"reference":"K7QM-2XHD-9RTB-F4W8","status":"in_review","receivedAt":"2026-12-01T10:00:00Z",
                     "reviewDueBy":"2026-12-01T11:00:00Z","contentHidden":true,"itemsHidden":1,"itemsExternal":0,
                     "timeline":[{"event":"received","at":"2026-12-01T10:00:00Z","text":"We received your report."},
                     {"event":"hidden","at":"2026-12-01T10:00:00Z","text":"The content you reported on this platform \
                    was hidden from everyone."}],"outcomes":[],"nextSteps":"You do not need to do anything...",
                     "contact":{"team":"Trust & Safety team","email":"safety@platform.example"}}""")))
    @APIResponse(responseCode = "400", description = "Not a reference number as typed (e.g. a typo caught by its "
            + "check symbol)")
    @APIResponse(responseCode = "404", description = "No report has that reference")
    @APIResponse(responseCode = "429", description = "Too many slowed look-ups are waiting; see Retry-After")
    public Response status(@PathParam("reference") String reference, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        LookupResult<ReportStatus> answer = guard.lookUp(reference, request.clientAddress(), lookup::find);
        if (answer instanceof LookupResult.Found<ReportStatus> found) {
            return Response.ok(toJson(new StatusView(found.value(), settings, messages, clock.instant())).build()
                    .toString(), MediaType.APPLICATION_JSON).build();
        }
        if (answer instanceof LookupResult.Mistyped<ReportStatus> typo) {
            return Problem.of(400, messages.get("api.error.reference.title"), messages.get(
                    typo.reason() == InvalidReferenceException.Reason.CHECK_FAILED
                            ? "status.error.checkFailed" : "status.error.malformed")).toResponse();
        }
        if (answer instanceof LookupResult.Busy<ReportStatus> wait) {
            return Response.fromResponse(Problem.of(429, messages.get("error.rateLimited.title"),
                            messages.get("status.busy", Math.max(1, wait.retryAfter().toMinutes()))).toResponse())
                    .header("Retry-After", Math.max(1, wait.retryAfter().toSeconds())).build();
        }
        return Problem.of(404, messages.get("api.error.reportNotFound.title"),
                messages.get("api.error.reportNotFound.detail")).toResponse();
    }

    private JsonObjectBuilder toJson(StatusView view) {
        ReportStatus status = view.status();
        JsonArrayBuilder timeline = JsonSupport.array();
        view.timeline().forEach(event -> {
            JsonObjectBuilder line = JsonSupport.object().add("event", event.code()).add("text", event.text());
            if (event.at() != null) {
                line.add("at", event.at().toString());
            }
            timeline.add(line);
        });
        JsonArrayBuilder outcomes = JsonSupport.array();
        status.outcomes().forEach(o -> {
            JsonObjectBuilder outcome = JsonSupport.object()
                    .add("result", o.result().name().toLowerCase(java.util.Locale.ROOT))
                    .add("itemsHosted", o.hosted())
                    .add("itemsExternal", o.external());
            if (o.at() != null) {
                outcome.add("at", o.at().toString());
            }
            outcomes.add(outcome);
        });
        JsonObjectBuilder contact = JsonSupport.object().add("team", view.contact().team())
                .add("email", view.contact().email());
        if (view.contact().phone() != null) {
            contact.add("phone", view.contact().phone());
        }
        JsonObjectBuilder json = JsonSupport.object()
                .add("reference", view.reference())
                .add("status", status.stage().code())
                .add("receivedAt", status.receivedAt().toString())
                .add("reviewDueBy", status.reviewDueBy().toString())
                .add("contentHidden", status.contentHidden())
                .add("itemsHidden", status.itemsHidden())
                .add("itemsExternal", status.itemsExternal())
                .add("timeline", timeline)
                .add("outcomes", outcomes)
                .add("nextSteps", view.nextSteps())
                .add("contact", contact);
        if (status.decidedAt() != null) {
            json.add("decidedAt", status.decidedAt().toString());
        }
        // Only for a report that made a valid removal request (TAKE IT DOWN Act): its 48-hour legal deadline.
        status.legalDeadline().ifPresent(due -> json.add("legalDeadline", due.toString()));
        return json;
    }
}
