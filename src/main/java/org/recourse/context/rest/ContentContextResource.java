package org.recourse.context.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.content.ContentItem;
import org.recourse.context.ContextScreening;
import org.recourse.context.ContextText;
import org.recourse.context.UnknownContentException;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;

/**
 * The texts around registered content (captions, titles, comments), screened with the phrase lists. Its own root path
 * (longer than the content API's, so JAX-RS picks it for these addresses only) keeps {@code content} free of any
 * import of {@code context}.
 */
@ApplicationScoped
@Path("/v1/content/{contentId}/context")
@Tag(name = "Context", description = "Texts around content, and uploaders' behaviour signals (API key)")
@SecurityRequirement(name = "apiKey")
public class ContentContextResource {

    /** 20 texts of 2,200 characters, each written as \\uXXXX escapes, fit; a denial of service does not. */
    static final long MAX_BODY_BYTES = 320L * 1024;

    static final String EXAMPLE_REQUEST = "{\"texts\":[{\"kind\":\"caption\",\"text\":\"summer at the lake\","
            + "\"language\":\"en\"},{\"kind\":\"comment\",\"text\":\"send me more of her or I post your address\"}]}";

    @Inject
    ContextScreening screening;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.REGISTER_CONTENT)
    @Operation(operationId = "screenContentContext",
            summary = "Screen the captions, titles and comments around registered content",
            description = "1 to 20 texts (kind caption, title or comment; a caption or comment up to 2,200 characters, "
            + "a title up to 300; language en or fr to limit the lists). A match moves the review of the open case on "
            + "the content earlier; a term of an abuse-associated list on content with no open case hides it pending "
            + "review and opens a case. A match in a caption or title counts among the uploader's behaviour signals. "
            + "The texts are not kept: only each match's rule, the words it matched and the text's SHA-256.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "texts",
            value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "200", description = "What screening found and did", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "expedited", value =
            "{\"contentId\":\"img-8841\",\"screened\":2,\"matches\":[{\"text\":1,\"kind\":\"comment\",\"list\":"
                    + "\"starter-en\",\"label\":\"doxxing\",\"abuseAssociated\":false}],\"action\":\"expedited\","
                    + "\"caseNumber\":\"C-000311\"}")))
    @APIResponse(responseCode = "404", description = "No content with this id is registered")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid request")
    @APIResponse(responseCode = "422", description = "A field is missing, of the wrong type, too long, has control "
            + "characters, or there are too many texts; errors[] names each")
    public Response screen(@PathParam("contentId") String contentId, InputStream body, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BODY_BYTES);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        ContextRequestReader reader = new ContextRequestReader();
        List<ContextText> texts = reader.read(parsed.object());
        if (texts == null) {
            return Problem.invalid(reader.problems(), messages, "api.error.context.invalid.title").toResponse();
        }
        if (contentId == null || !ContentItem.PLATFORM_ID.matcher(contentId).matches()) {
            return unknownContent(messages);
        }
        try {
            return Response.ok(toJson(screening.screen(contentId, texts)), MediaType.APPLICATION_JSON).build();
        } catch (UnknownContentException e) {
            return unknownContent(messages);
        }
    }

    private static String toJson(ContextScreening.Outcome outcome) {
        JsonArrayBuilder matches = JsonSupport.array();
        outcome.matches().forEach(found -> matches.add(JsonSupport.object()
                .add("text", found.index())
                .add("kind", found.kind().code())
                .add("list", found.list())
                .add("label", found.label())
                .add("abuseAssociated", found.abuseAssociated())));
        var json = JsonSupport.object()
                .add("contentId", outcome.contentId())
                .add("screened", outcome.screened())
                .add("matches", matches)
                .add("action", outcome.action().name().toLowerCase(Locale.ROOT));
        if (outcome.caseNumber() != null) {
            json.add("caseNumber", outcome.caseNumber());
        }
        return json.build().toString();
    }

    private static Response unknownContent(Messages messages) {
        return Problem.of(404, messages.get("api.error.content.unknown.title"),
                messages.get("api.error.context.content.unknown.detail")).toResponse();
    }
}
