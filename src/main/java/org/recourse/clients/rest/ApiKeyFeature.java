package org.recourse.clients.rest;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts an {@link ApiKeyFilter} for the method's scope in front of every resource method marked {@link RequiresScope}.
 * Methods without the mark (filing and following a report) are left open on purpose.
 */
@Provider
public class ApiKeyFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresScope required = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        if (required != null) {
            context.register(new ApiKeyFilter(required.value()));
        }
    }
}
