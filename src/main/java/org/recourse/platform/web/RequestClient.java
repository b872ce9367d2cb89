package org.recourse.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.Submitter;

/**
 * The client of the current request, as {@link RequestContext} reads it. Kept only for screening's hash page, which
 * moves to {@link RequestContext} with the rest of screening's beans; delete it then.
 */
@RequestScoped
public class RequestClient {

    @Inject
    RequestContext context;

    public ClientAddress address() {
        return context.clientAddress();
    }

    /** This client as the submitter of a report or a survivor's hashes, counted against the limit. */
    public Submitter submitter() {
        return context.submitter();
    }
}
