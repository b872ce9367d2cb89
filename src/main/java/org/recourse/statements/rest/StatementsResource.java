package org.recourse.statements.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;
import org.recourse.statements.StatementId;
import org.recourse.statements.StatementJson;
import org.recourse.statements.StatementService;

/**
 * One statement of reasons by its id, for the platform to show its user. A malformed id never reaches the database and
 * is answered as an unknown one: the answer does not tell a typo from a guess.
 */
@ApplicationScoped
@Path("/v1/statements")
@Tag(name = "Statements", description = "Statements of reasons of every restriction (DSA art. 17; API key)")
@SecurityRequirement(name = "apiKey")
public class StatementsResource {

    /** A removal, as the API and the {@code statement.issued} webhook give it (lines shortened). */
    static final String EXAMPLE = "{\"id\":\"sor_7kq2m9x0c4a8tbd1h6vw3zr5ny\",\"version\":2,\"scope\":\"CONTENT\","
                    + "\"restriction\":\"REMOVED\",\"contentId\":\"img-8841\",\"caseNumber\":\"C-000412\","
                    + "\"facts\":{\"category\":\"non_consensual_intimate_image\",\"detection\":\"REPORT\","
                    + "\"decisionReason\":\"NON_CONSENSUAL_INTIMATE_IMAGE\"},\"ground\":{\"policyClause\":"
                    + "\"Community rules, intimate images\",\"illegal\":true,\"legalGround\":"
                    + "\"Directive (EU) 2024/1385 art. 5\"},\"automatedDetection\":false,\"automatedDecision\":"
                    + "\"NOT_AUTOMATED\",\"redress\":{\"appealOpen\":true,\"appealUntil\":"
                    + "\"2027-06-01T11:02:00Z\"},\"issuedAt\":\"2026-12-01T11:02:00Z\",\"supersedes\":"
                    + "\"sor_0m3c5v7b9n1q2w4e6r8t0y2u4i\",\"text\":{\"en\":{\"title\":\"Statement of reasons\","
                    + "\"lines\":[\"The content was removed.\"]},\"fr-CA\":{\"title\":\"Exposé des motifs\","
                    + "\"lines\":[\"Le contenu a été retiré.\"]}}}";

    @Inject
    StatementService statements;

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.READ_VISIBILITY)
    @Operation(operationId = "getStatement",
            summary = "A statement of reasons: its fields as codes, and its text in English and French")
    @APIResponse(responseCode = "200", description = "The statement (see docs/integration.md for its fields)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "removed",
            value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No statement has this id")
    public Response statement(@PathParam("id") String id, @Context HttpHeaders headers) {
        return StatementId.parse(id).flatMap(statements::read)
                .map(found -> Response.ok(StatementJson.of(found.statement(), found.supersedes()).toString(),
                        MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> unknown(headers));
    }

    static Response unknown(HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        return Problem.of(404, messages.get("api.error.statement.unknown.title"),
                messages.get("api.error.statement.unknown.detail")).toResponse();
    }
}
