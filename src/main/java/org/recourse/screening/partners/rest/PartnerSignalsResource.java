package org.recourse.screening.partners.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.partners.FileRefusedException;
import org.recourse.screening.partners.PartnerSignals;
import org.recourse.screening.partners.PartnershipRefusedException;
import org.recourse.screening.partners.SignalFile;

/**
 * A partnership's signal files for admins signed in to the staff workspace (web.xml: /api/v1/admin/*): the signed
 * export of this portal's banned-uploader signals, and the import of a partner's signed file, all or nothing.
 */
@Path("/v1/admin/partners/{id}")
@Tag(name = "Administration")
@RolesAllowed("ADMIN")
public class PartnerSignalsResource {

    private static final String EXAMPLE_FILE = "{\"format\":\"recourse.partner-signals\",\"version\":1,\"fileId\":"
            + "\"0f8e5c1a-3b7d-4c59-9d62-7a1f0c2e4b11\",\"generatedAt\":\"2026-12-06T16:30:00Z\",\"source\":"
            + "\"Example Video\",\"hmac\":\"HMAC-SHA256\",\"hmacKeyId\":\"5d41402abc4b2a76\",\"signer\":"
            + "\"3b1f9c...\",\"signals\":1}\n{\"kind\":\"email\",\"hash\":"
            + "\"9f2c6d2f4d3f0f4c8a6d1e2b7c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a\",\"reason\":"
            + "\"child_sexual_imagery\",\"bannedOn\":\"2026-11-28\"}\n{\"signature\":\"base64 of 64 bytes\"}\n";

    @Inject
    PartnerSignals partners;

    @Inject
    RequestContext context;

    @GET
    @Path("export")
    @Produces({SignalFile.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportPartnerSignals", summary = "This portal's banned-uploader signals for a partner, "
            + "signed", description = "For admins signed in to the staff workspace (session cookie). Keyed hashes of "
            + "the banned uploaders' identifiers under the partnership's key, never the values; Ed25519-signed JSON "
            + "lines (docs/integration.md). Audited.")
    @APIResponse(responseCode = "200", description = "The signed file", content = @Content(
            mediaType = SignalFile.MEDIA_TYPE, examples = @ExampleObject(name = "file", value = EXAMPLE_FILE)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is disabled or only imports")
    public Response export(@PathParam("id") String id, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        try {
            PartnerSignals.Export export = partners.export(id(id), context.staffName());
            return Response.ok(export.file(), SignalFile.MEDIA_TYPE + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                    .header("Cache-Control", "no-store").build();
        } catch (PartnershipRefusedException refused) {
            return partnershipProblem(refused, messages);
        }
    }

    @POST
    @Path("import")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "importPartnerSignals", summary = "Import a partner's signed signal file", description =
            "For admins signed in to the staff workspace (session cookie). The body is the partner's file as it "
            + "came (application/x-ndjson). All or nothing: a file that is unsigned, badly signed, signed by another "
            + "key than the partner's, hashed under another partnership's key, not newer than the last one, "
            + "oversized or malformed is refused with its reason in `refusal`, and nothing is stored. The partner's "
            + "signals replace its earlier ones; they never ban, they make account screening say REVIEW. Audited.")
    @RequestBody(content = @Content(mediaType = SignalFile.MEDIA_TYPE, examples = @ExampleObject(name = "file",
            value = EXAMPLE_FILE)))
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "imported",
                    value = "{\"fileId\":\"0f8e5c1a-3b7d-4c59-9d62-7a1f0c2e4b11\",\"signals\":1}")))
    @APIResponse(responseCode = "409", description = "Replayed or older file; or the partnership takes no files now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "replayed",
                    value = "{\"type\":\"about:blank\",\"title\":\"This file is not newer than the last one "
                            + "imported from this partner.\",\"status\":409,\"refusal\":\"replayed\",\"line\":1}")))
    @APIResponse(responseCode = "413", description = "Larger than recourse.partners.max-file-bytes or -max-signals")
    @APIResponse(responseCode = "415", description = "A form body (a page elsewhere could send one)")
    @APIResponse(responseCode = "422", description = "Unsigned, badly signed, wrong partner, unsupported or malformed")
    public Response importFile(@PathParam("id") String id, InputStream body, @Context HttpHeaders headers)
            throws IOException {
        Messages messages = Messages.of(headers);
        MediaType type = headers.getMediaType();
        String media = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (media.isEmpty() || media.equals(MediaType.APPLICATION_FORM_URLENCODED) || media.startsWith("multipart/")) {
            return Problem.of(415, messages.get("staff.partners.api.mediaType"), null).toResponse();
        }
        long partnership = id(id);
        byte[] file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, partners.maxFileBytes() + 1));
        try {
            PartnerSignals.Imported imported = partners.importFile(partnership, file, context.staffName());
            return Response.created(URI.create("/staff/admin/partners")).type(MediaType.APPLICATION_JSON)
                    .entity(JsonSupport.object().add("fileId", imported.fileId()).add("signals", imported.signals())
                            .build().toString()).build();
        } catch (FileRefusedException refused) {
            JsonObjectBuilder json = JsonSupport.object().add("type", "about:blank")
                    .add("title", messages.get(refused.refusal().messageKey()))
                    .add("status", refused.refusal().status())
                    .add("detail", refused.getMessage())
                    .add("refusal", refused.refusal().code())
                    .add("line", refused.line());
            return Response.status(refused.refusal().status()).type(Problem.MEDIA_TYPE)
                    .entity(json.build().toString()).build();
        } catch (PartnershipRefusedException refused) {
            return partnershipProblem(refused, messages);
        }
    }

    private static long id(String id) {
        return id != null && id.matches("\\d{1,12}") ? Long.parseLong(id) : -1;
    }

    private static Response partnershipProblem(PartnershipRefusedException refused, Messages messages) {
        int status = "staff.partners.error.none".equals(refused.messageKey()) ? 404 : 409;
        return Problem.of(status, messages.get(refused.messageKey()), null).toResponse();
    }
}
