package org.recourse.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.Submitter;

/**
 * The client of the current request, for the beans, servlets and resources that count it: read once by the one
 * rule ({@link ForwardedHeaders}), so no caller reads X-Forwarded-For itself.
 */
@RequestScoped
public class RequestClient {

    @Inject
    HttpServletRequest request;

    @Inject
    ForwardedHeaders forwarded;

    private ClientAddress address;

    public ClientAddress address() {
        if (address == null) {
            address = forwarded.clientOf(request);
        }
        return address;
    }

    /** This client as the submitter of a report or a survivor's hashes, counted against the limit. */
    public Submitter submitter() {
        return Submitter.client(address());
    }
}
