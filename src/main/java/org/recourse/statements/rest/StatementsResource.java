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

    @Inject
    StatementService statements;

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.READ_VISIBILITY)
    @Operation(summary = "A statement of reasons: its fields as codes, and its text in English and French")
    @APIResponse(responseCode = "200", description = "The statement (see docs/integration.md for its fields)")
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
