package org.recourse.screening.bans.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.screening.bans.PartnerSignalCheck;
import org.recourse.screening.bans.UploaderBans;

/** Screening of an account by its hashed signals against the bans, for the platform's services (scope "screen"). */
@ApplicationScoped
@Path("/v1/accounts/screen")
@Tag(name = "Screening", description = "Stay-down: uploads and accounts checked against banks and bans (API key)")
@SecurityRequirement(name = "apiKey")
public class AccountScreenResource {

    @Inject
    UploaderBans bans;

    @Inject
    Instance<PartnerSignalCheck> partners;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SCREEN_UPLOADS)
    @Operation(operationId = "screenAccount",
            summary = "Screen an account by its hashed signals", description = "The platform sends hashes of the "
            + "account's signals (never the email or device id itself). They are remembered for the uploader id, so a "
            + "later ban covers them; the account is refused if its uploader, or one sharing a signal, is banned. "
            + "Optional raw identifiers (email, phone in E.164, username) are hashed under each enabled partnership's "
            + "key and looked up in the partners' shared signals, never stored: a match never refuses, it makes "
            + "recommendation REVIEW and lists the partner and its reason category in partnerMatches.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "signals",
            value = "{\"uploaderId\":\"user-4410\",\"signals\":{\"email_sha256\":"
                    + "\"b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514\"},"
                    + "\"identifiers\":{\"email\":\"Ana.Example@mail.example\",\"phone\":\"+1 514 555 0199\"}}")))
    @APIResponse(responseCode = "200", description = "verdict ALLOW or REFUSE (bans here); recommendation ALLOW, "
            + "REVIEW (a partner's shared signal matched: never a refusal by itself) or REFUSE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "review",
                    value = "{\"verdict\":\"ALLOW\",\"recommendation\":\"REVIEW\",\"partnerMatches\":[{"
                            + "\"partner\":\"Example Video\",\"reasonCategory\":\"child_sexual_imagery\","
                            + "\"signal\":\"email\",\"bannedOn\":\"2026-11-28\"}]}")))
    @APIResponse(responseCode = "422", description = "No signals, a signal that is not a lower-case hex hash, or an "
            + "identifier that is not one of its kind")
    public Response screenAccount(InputStream body, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, 64 * 1024);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(parsed.object(), Set.of("uploaderId", "signals", "identifiers"),
                problems);
        String uploaderId = fields.string("uploaderId");
        JsonObject given = fields.object("signals");
        Map<String, String> signals = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((type, value) -> {
                String hash = value.getValueType() == JsonValue.ValueType.STRING
                        ? given.getString(type).toLowerCase(Locale.ROOT) : null;
                if (!UploaderBans.SIGNAL_TYPE.matcher(type).matches() || hash == null
                        || !UploaderBans.SIGNAL_HASH.matcher(hash).matches()) {
                    problems.add(FieldProblem.of("signals." + type, "api.error.screen.signal"));
                } else {
                    signals.put(type, hash);
                }
            });
        }
        PartnerSignalCheck.AccountIdentifiers identifiers = identifiers(fields.object("identifiers"), problems);
        if (problems.isEmpty() && signals.isEmpty() && uploaderId == null && identifiers.isEmpty()) {
            problems.add(FieldProblem.of("signals", "api.error.screen.noSignals"));
        }
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        UploaderBans.AccountVerdict verdict = bans.screenAccount(uploaderId, signals);
        JsonObjectBuilder json = JsonSupport.object().add("verdict", verdict.refused() ? "REFUSE" : "ALLOW");
        if (verdict.refused()) {
            json.add("bannedUploader", verdict.bannedUploader());
            json.add("matchedSignal", verdict.matchedSignal() == null ? JsonValue.NULL
                    : JsonSupport.string(verdict.matchedSignal()));
        }
        // Partners' signals (issue 17 §5): added beside the verdict, never changing it.
        List<PartnerSignalCheck.PartnerMatch> matches = partners.isResolvable()
                ? partners.get().matches(uploaderId, identifiers) : List.of();
        JsonArrayBuilder matched = JsonSupport.array();
        matches.forEach(m -> matched.add(JsonSupport.object().add("partner", m.partner())
                .add("reasonCategory", m.reasonCategory()).add("signal", m.signal())
                .add("bannedOn", m.bannedOn().toString())));
        json.add("recommendation", verdict.refused() ? "REFUSE" : matches.isEmpty() ? "ALLOW" : "REVIEW");
        json.add("partnerMatches", matched);
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
    }

    /** The raw identifiers to look up in partners' signals: used to hash, never stored nor logged. */
    private PartnerSignalCheck.AccountIdentifiers identifiers(JsonObject given, List<FieldProblem> problems) {
        if (given == null) {
            return PartnerSignalCheck.AccountIdentifiers.NONE;
        }
        JsonFields fields = JsonFields.of(given, "identifiers.", Set.of("email", "phone", "username"), problems);
        PartnerSignalCheck.AccountIdentifiers identifiers = new PartnerSignalCheck.AccountIdentifiers(
                fields.string("email"), fields.string("phone"), fields.string("username"));
        if (partners.isResolvable()) {
            partners.get().invalid(identifiers).forEach(field ->
                    problems.add(FieldProblem.of("identifiers." + field, "api.error.screen.identifier")));
        }
        return identifiers;
    }
}
