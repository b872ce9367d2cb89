package org.recourse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.platform.persistence.StorageFull;

/**
 * A page whose request failed because the storage is full (the report form, a survivor's hashes, a status look-up
 * that counts a failure) answers {@code 503} with {@code Retry-After} and the calm refusal page in the reader's
 * language, instead of the error page's {@code 500}: nothing was stored, and trying again later will work. The API's
 * resources answer the same as a problem document through their exception mapper, which runs before this filter
 * would see anything. Any other failure passes on untouched, as does one met after the response was committed.
 */
@WebFilter(filterName = "storageFull", asyncSupported = true)
public class StorageFullFilter extends HttpFilter {

    @Inject
    Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !StorageFull.causes(failure)) {
                throw failure;
            }
            response.resetBuffer();
            refusals.storageFull(request, response, failure);
        }
    }
}
