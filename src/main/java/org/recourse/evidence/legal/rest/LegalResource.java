package org.recourse.evidence.legal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.legal.EvidencePackage;
import org.recourse.evidence.legal.EvidenceUnavailableException;
import org.recourse.evidence.legal.LegalDesk;
import org.recourse.evidence.legal.LegalStatus;
import org.recourse.evidence.legal.PreparedPackage;
import org.recourse.evidence.legal.RecordDetails;
import org.recourse.evidence.legal.RecordFilter;
import org.recourse.evidence.legal.RecordList;
import org.recourse.evidence.legal.RecordRow;
import org.recourse.evidence.legal.SigningKeyView;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;

/**
 * The evidence vault for LEGAL members signed in to the staff workspace (session cookie, never an API key); web.xml
 * guards {@code /api/v1/legal/*} too, so every other role gets 403 as problem+json before this runs.
 */
@RequestScoped
@Path("/v1/legal")
@Tag(name = "Legal", description = "The evidence vault, for the LEGAL role only")
@RolesAllowed("LEGAL")
public class LegalResource {

    static final int MAX_PAGE = 100;

    @Inject
    LegalDesk desk;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Path("records")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "listEvidenceRecords",
            summary = "Evidence records, newest first, without their content",
            description = "status: sealed, reported, held, purge-due or shredded; case: a case number (C-000123); "
                    + "first and max (at most 100) page the list. The listing is audited.")
    @APIResponse(responseCode = "200", description = "A page of records and the total", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one record", value =
            "{\"total\":1,\"records\":[{\"id\":12,\"caseNumber\":\"C-000042\",\"category\":\"child_sexual_imagery\",\"categoryName\":\"Child sexual imagery\",\"sealedAt\":\"2026-12-06T10:52:32Z\",\"status\":\"reported\",\"manifestSha256\":\"a152f20bded814b0a37b9a460652b6f3afc1f6bf26de81c935b1b6e8dfe6a7f3\"}]}")))
    @APIResponse(responseCode = "422", description = "An unknown status or a bad page")
    public Response list(@QueryParam("status") String status, @QueryParam("case") String caseNumber,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("25") int max) {
        Messages messages = Messages.of(headers);
        Optional<LegalStatus> wanted = Arrays.stream(LegalStatus.values())
                .filter(s -> s.code().equals(status)).findFirst();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (status != null && !status.isBlank() && wanted.isEmpty()) {
            problems.add(FieldProblem.of("status", "legal.api.badStatus"));
        }
        if (first < 0) {
            problems.add(FieldProblem.of("first", "legal.api.badFirst"));
        }
        if (max < 1 || max > MAX_PAGE) {
            problems.add(FieldProblem.of("max", "legal.api.badMax", MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "legal.api.invalid").toResponse();
        }
        RecordList list = desk.list(new RecordFilter(wanted.orElse(null), caseNumber), first, max, name());
        JsonArrayBuilder rows = JsonSupport.array();
        list.rows().forEach(row -> rows.add(row(row, messages)));
        return json(JsonSupport.object().add("total", list.total()).add("records", rows));
    }

    @GET
    @Path("records/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getEvidenceRecord",
            summary = "One record: its hashes, status and chain of custody (nothing is decrypted; audited)")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a reported record", value =
            "{\"id\":12,\"caseNumber\":\"C-000042\",\"category\":\"child_sexual_imagery\",\"categoryName\":\"Child sexual imagery\",\"sealedAt\":\"2026-12-06T10:52:32Z\",\"status\":\"reported\",\"manifestSha256\":\"a152f20bded814b0a37b9a460652b6f3afc1f6bf26de81c935b1b6e8dfe6a7f3\",\"sealedBy\":\"mona\",\"vaultKeyId\":\"6152fec3e49a4f28\",\"custody\":["
                    + "{\"at\":\"2026-12-06T10:52:32Z\",\"actor\":\"mona\",\"action\":\"sealed\",\"details\":\"\"},"
                    + "{\"at\":\"2026-12-06T10:58:02Z\",\"actor\":\"system\",\"action\":\"reported\","
                    + "\"details\":\"ncmec 7855775\"}],\"signingKey\":{\"algorithm\":\"Ed25519\",\"sha256\":"
                    + "\"3b1f…\",\"pem\":\"-----BEGIN PUBLIC KEY-----\\n…\"}}")))
    @APIResponse(responseCode = "404", description = "No such record")
    public Response record(@PathParam("id") long id) {
        Messages messages = Messages.of(headers);
        Optional<RecordDetails> details = desk.details(id, name());
        if (details.isEmpty()) {
            return notFound(messages);
        }
        RecordDetails record = details.get();
        JsonArrayBuilder custody = JsonSupport.array();
        record.custody().forEach(entry -> custody.add(JsonSupport.object().add("at", entry.at().toString())
                .add("actor", entry.actor()).add("action", entry.action().code())
                .add("details", entry.details() == null ? "" : entry.details())));
        JsonObjectBuilder json = row(record.row(), messages).add("sealedBy", record.sealedBy())
                .add("vaultKeyId", record.vaultKeyId()).add("custody", custody);
        if (record.shreddedAt() != null) {
            json.add("shreddedAt", record.shreddedAt().toString()).add("shreddedBy", record.shreddedBy())
                    .add("shreddedReason", record.shreddedReason());
        }
        SigningKeyView key = desk.signingKey();
        json.add("signingKey", JsonSupport.object().add("algorithm", key.algorithm())
                .add("sha256", key.fingerprint()).add("pem", key.pem()));
        return json(json);
    }

    @POST
    @Path("records/{id}/package")
    @Produces({EvidencePackage.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportEvidencePackage",
            summary = "Export the record as a signed evidence package (zip)", description = "Opens the record, "
            + "writes the export in its chain of custody and the audit log, and streams files/, metadata.json, "
            + "custody.json, manifest.json, manifest.sig (Ed25519), public-key.pem and README.txt.")
    @APIResponse(responseCode = "200", description = "The package: a zip of files/, metadata.json, custody.json, "
            + "public-key.pem, README.txt, manifest.json and manifest.sig (docs/legal.md)", content = @Content(
            mediaType = EvidencePackage.MEDIA_TYPE, examples = @ExampleObject(name = "entries", value =
            "files/content/1.jpg, metadata.json, custody.json, public-key.pem, README.txt, manifest.json, manifest.sig")))
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "The record fails verification")
    @APIResponse(responseCode = "410", description = "The record was shredded")
    public Response exportPackage(@PathParam("id") long id) {
        Messages messages = Messages.of(headers);
        Optional<PreparedPackage> prepared;
        try {
            prepared = desk.export(id, name());
        } catch (EvidenceUnavailableException unavailable) {
            return unavailable(unavailable, messages);
        }
        if (prepared.isEmpty()) {
            return notFound(messages);
        }
        StreamingOutput body = prepared.get()::writeTo;
        return Response.ok(body, EvidencePackage.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + prepared.get().fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("signing-key")
    @Produces("application/x-pem-file")
    @Operation(operationId = "getSigningKey",
            summary = "The installation's public signing key (PEM), to verify evidence packages with")
    @APIResponse(responseCode = "200", description = "The public key; its SHA-256 is in the X-Key-SHA256 header",
            content = @Content(mediaType = "application/x-pem-file", examples = @ExampleObject(name = "key", value =
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n")))
    public Response signingKey() {
        SigningKeyView key = desk.signingKey();
        return Response.ok(key.pem(), "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"recourse-evidence-key.pem\"")
                .header("X-Key-SHA256", key.fingerprint())
                .build();
    }

    static Response unavailable(EvidenceUnavailableException unavailable, Messages messages) {
        int status = unavailable.reason() == EvidenceUnavailableException.Reason.SHREDDED ? 410 : 409;
        return Problem.of(status, messages.get(unavailable.reason().messageKey()),
                messages.get(unavailable.reason().messageKey() + ".detail")).toResponse();
    }

    private static Response notFound(Messages messages) {
        return Problem.of(404, messages.get("legal.api.notFound.title"), messages.get("legal.api.notFound.detail"))
                .toResponse();
    }

    private static JsonObjectBuilder row(RecordRow row, Messages messages) {
        return JsonSupport.object().add("id", row.id()).add("caseNumber", row.caseNumber())
                .add("category", row.categoryCode())
                .add("categoryName", row.category().map(c -> messages.get("staff.category." + c.name()))
                        .orElse(row.categoryCode()))
                .add("sealedAt", row.sealedAt().toString()).add("status", row.status().code())
                .add("manifestSha256", row.manifestSha256());
    }

    private static Response json(JsonObjectBuilder json) {
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .build();
    }

    private String name() {
        return security.getUserPrincipal().getName();
    }
}
