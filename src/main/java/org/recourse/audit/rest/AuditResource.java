package org.recourse.audit.rest;

import org.recourse.platform.rest.JsonSupport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.audit.AuditLog;
import org.recourse.platform.i18n.Messages;

/** Verifies the audit chain for admins (protected in web.xml: /api/v1/admin/*). */
@Path("/v1/admin/audit")
@Tag(name = "Administration", description = "The audit log's integrity, for admins signed in to the staff workspace")
@RolesAllowed("ADMIN")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditChain",
            summary = "Recompute the audit log's keyed hash chain and name the first broken row, if any",
            description = "For admins signed in to the staff workspace (session cookie), not for API keys.")
    @APIResponse(responseCode = "200", description = "The chain's state", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = {
                @ExampleObject(name = "intact", value = "{\"intact\":true,\"rowsChecked\":48213}"),
                @ExampleObject(name = "broken", value = "{\"intact\":false,\"rowsChecked\":48213,"
                        + "\"firstBrokenId\":1207,\"problemCode\":\"ALTERED\",\"problem\":\"Row 1207 was changed "
                        + "after it was written, or was not written by this portal.\"}")}))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in without the admin role")
    public String verify(@Context HttpHeaders headers) {
        AuditLog.Verification result = audit.verify();
        JsonObjectBuilder json = JsonSupport.object()
                .add("intact", result.intact())
                .add("rowsChecked", result.rowsChecked());
        if (!result.intact()) {
            json.add("firstBrokenId", result.firstBrokenId())
                    .add("problemCode", result.problem().name())
                    .add("problem", result.problemIn(Messages.of(headers).locale()));
        }
        return json.build().toString();
    }
}
