package org.recourse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.recourse.platform.persistence.DiskSpaceGuard;
import org.recourse.platform.persistence.StorageFull;

/**
 * A page whose request failed because the storage is full (the report form, a survivor's hashes, a status look-up
 * that counts a failure) answers {@code 503} with {@code Retry-After} and the calm refusal page in the reader's
 * language, instead of the error page's {@code 500}: nothing was stored, and trying again later will work. The API's
 * resources answer the same as a problem document through their exception mapper, which runs before this filter
 * would see anything. Any other failure passes on untouched, as does one met after the response was committed.
 *
 * <p>Before that, on the embedded H2, a write (any method but GET, HEAD, OPTIONS) is refused the same way while less
 * than the reserve is free ({@link DiskSpaceGuard}): H2 needs that room to save what it has already acknowledged.
 * Reading goes on: a look-up, a status, the media check.
 */
@WebFilter(filterName = "storageFull", asyncSupported = true)
public class StorageFullFilter extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Refusals refusals;

    @Inject
    DiskSpaceGuard space;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READS.contains(request.getMethod()) && space.isLow()) {
            refusals.storageLow(request, response, space.minFreeMb());
            return;
        }
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
