package org.recourse.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API lives under /api; its description is served by MicroProfile OpenAPI at /openapi. */
@ApplicationPath("/api")
@org.eclipse.microprofile.openapi.annotations.security.SecurityScheme(securitySchemeName = "apiKey",
        type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The key of a platform service (rk_...), made by an admin at /staff/admin/clients. Filing and "
                + "following reports need no key.")
@OpenAPIDefinition(info = @Info(
        title = "Recourse API",
        version = "1",
        description = "Report content anonymously and follow the report: no account and no key, and nothing that "
                + "identifies the reporter is asked for or stored. The platform's own services register content, ask "
                + "its visibility and screen uploads with an API key; every visibility change reaches them as a "
                + "signed webhook (docs/integration.md).",
        contact = @Contact(name = "Trust & Safety")))
public class RestApplication extends Application {

    @Override
    public java.util.Map<String, Object> getProperties() {
        // The API is described by OpenAPI; Jersey's WADL would be a second, unmaintained description.
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
