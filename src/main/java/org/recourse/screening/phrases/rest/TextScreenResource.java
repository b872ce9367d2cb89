package org.recourse.screening.phrases.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.matching.text.Language;
import org.recourse.matching.text.PhraseScreener;
import org.recourse.matching.text.TextVerdict;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.screening.phrases.PhraseRules;

/** Screening of a comment or message for threats and sexual harassment aimed at survivors (scope "screen"). */
@ApplicationScoped
@Path("/v1/text/screen")
@Tag(name = "Screening", description = "Stay-down: uploads and accounts checked against banks and bans (API key)")
@SecurityRequirement(name = "apiKey")
public class TextScreenResource {

    @Inject
    PhraseRules rules;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SCREEN_UPLOADS)
    @Operation(operationId = "screenText",
            summary = "Screen a text against the phrase lists", description = "ALLOW or BLOCK with the rules "
            + "matched and where; variants are caught (case, spacing, repeated letters, digits for letters, accents, "
            + "look-alike letters). language (en, fr) limits the lists to that language and those for any. A BLOCK "
            + "restricts the text: statementId names its statement of reasons (GET /v1/statements/{id}), for the "
            + "platform to show its user; the text itself is named there by its SHA-256, never kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "text",
            value = "{\"text\":\"I kn0w wh3re y0u l i v e\",\"language\":\"en\"}")))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "blocked", value = "{\"verdict\":\"BLOCK\",\"complete\":true,\"matches\":"
                    + "[{\"rule\":\"rule-3\",\"label\":\"doxxing\",\"list\":\"starter-en\",\"start\":0,\"end\":24}],"
                    + "\"statementId\":\"sor_7k2m9q4x8r1t5w3z6b0c8d2f4h\"}")))
    @APIResponse(responseCode = "422", description = "No text, a text over 10,000 characters, or an unknown language")
    public Response screen(InputStream body, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, 256 * 1024);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(parsed.object(), Set.of("text", "language"), problems);
        String text = fields.string("text");
        String languageCode = fields.string("language");
        Language language = null;
        if (problems.isEmpty() && (text == null || text.isBlank())) {
            problems.add(FieldProblem.of("text", "api.error.text.missing"));
        } else if (text != null && text.length() > PhraseScreener.MAX_TEXT_LENGTH) {
            problems.add(FieldProblem.of("text", "api.error.text.tooLong", PhraseScreener.MAX_TEXT_LENGTH, text.length()));
        }
        if (languageCode != null) {
            try {
                language = Language.ofCode(languageCode);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("language", "api.error.text.language"));
            }
        }
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        PhraseRules.Screened screened = rules.screenForPublication(text, language);
        TextVerdict verdict = screened.verdict();
        JsonArrayBuilder matches = JsonSupport.array();
        verdict.matches().forEach(m -> matches.add(JsonSupport.object().add("rule", m.ruleId()).add("label", m.label())
                .add("list", m.list()).add("start", m.span().start()).add("end", m.span().end())));
        var json = JsonSupport.object().add("verdict", verdict.decision().name())
                .add("complete", verdict.isComplete()).add("matches", matches);
        if (screened.statementId() != null) {
            json.add("statementId", screened.statementId());
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
    }
}
