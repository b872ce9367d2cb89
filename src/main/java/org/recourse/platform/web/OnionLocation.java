package org.recourse.platform.web;

/**
 * The {@code Onion-Location} header: the same page at the portal's .onion address, which Tor Browser offers to open
 * instead. Only the configured onion origin is used, never anything from the request but its path and query.
 */
final class OnionLocation {

    private OnionLocation() {
    }

    static String of(String onionOrigin, String path, String query) {
        String origin = onionOrigin.strip();
        if (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        // One leading slash: "//elsewhere" must stay a path on the onion site, not become another host.
        String safePath = path == null || path.isEmpty() ? "/" : path.replaceFirst("^/+", "/");
        return origin + safePath + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
