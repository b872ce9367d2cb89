package org.recourse.statements.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.statements.StatementJson;
import org.recourse.statements.StatementService;

/**
 * Every statement given about one content item, oldest first: its visibility's versions and any uploader ban it led
 * to. Its own root path (longer than the content API's, so JAX-RS picks it for these addresses only) keeps
 * {@code content} free of any import of statements.
 */
@ApplicationScoped
@Path("/v1/content/{contentId}/statements")
@Tag(name = "Statements")
@SecurityRequirement(name = "apiKey")
public class ContentStatementsResource {

    /** Longer than any platform content id; a longer path segment is not looked up. */
    static final int MAX_CONTENT_ID = 200;

    @Inject
    StatementService statements;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.READ_VISIBILITY)
    @Operation(operationId = "listContentStatements",
            summary = "Every statement of reasons given about a content item, oldest first")
    @APIResponse(responseCode = "200", description = "The item's statements, and the id of the one in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "removed",
            value = "{\"contentId\":\"img-8841\",\"current\":\"sor_7kq2m9x0c4a8tbd1h6vw3zr5ny\","
                    + "\"statements\":[" + StatementsResource.EXAMPLE + "]}")))
    @APIResponse(responseCode = "404", description = "No content with this id is registered")
    public Response forContent(@PathParam("contentId") String contentId, @Context HttpHeaders headers) {
        if (contentId == null || contentId.length() > MAX_CONTENT_ID) {
            return unknownContent(headers);
        }
        return statements.forContent(contentId)
                .map(found -> Response.ok(list(contentId, found), MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> unknownContent(headers));
    }

    private static String list(String contentId, List<StatementService.Versioned> found) {
        JsonArrayBuilder array = JsonSupport.array();
        found.forEach(versioned -> array.add(StatementJson.of(versioned.statement(), versioned.supersedes())));
        var json = JsonSupport.object().add("contentId", contentId);
        found.stream().map(StatementService.Versioned::statement)
                .filter(s -> s.current() && s.scope() == org.recourse.statements.Scope.CONTENT)
                .findFirst().ifPresent(current -> json.add("current", current.publicId().value()));
        return json.add("statements", array).build().toString();
    }

    private static Response unknownContent(HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        return Problem.of(404, messages.get("api.error.content.unknown.title"),
                messages.get("api.error.statement.content.unknown.detail")).toResponse();
    }
}
