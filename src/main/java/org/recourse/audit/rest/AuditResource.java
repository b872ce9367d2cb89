package org.recourse.audit.rest;

import org.recourse.platform.rest.JsonSupport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.audit.AuditLog;

/** Verifies the audit chain for admins (protected in web.xml: /api/v1/admin/*). */
@Path("/v1/admin/audit")
@Tag(name = "Administration")
@RolesAllowed("ADMIN")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the audit log's hash chain and name the first broken row, if any")
    public String verify() {
        AuditLog.Verification result = audit.verify();
        JsonObjectBuilder json = JsonSupport.object()
                .add("intact", result.intact())
                .add("rowsChecked", result.rowsChecked());
        if (!result.intact()) {
            json.add("firstBrokenId", result.firstBrokenId()).add("problem", result.problem());
        }
        return json.build().toString();
    }
}
