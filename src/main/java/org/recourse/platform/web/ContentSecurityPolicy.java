package org.recourse.platform.web;

/**
 * The content security policies. Public pages allow nothing inline at all and work without JavaScript. Staff pages
 * run PrimeFaces, whose widgets are initialised by inline scripts and style attributes: they allow those, but still
 * load nothing from anywhere else and send forms nowhere else.
 */
public final class ContentSecurityPolicy {

    private static final String COMMON = "default-src 'none'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; ";
    public static final String PUBLIC = COMMON + "img-src 'self'; font-src 'self'; style-src 'self'; script-src 'self'";
    /**
     * /hash: the public policy, and a video the survivor chose may play from a blob: URL the page's own script made
     * (URL.createObjectURL of the file), so that the script can draw its frames off-screen and hash them. Nothing
     * from elsewhere: no https:, no data:, and only on this page.
     */
    public static final String HASH = PUBLIC + "; media-src blob:";
    public static final String STAFF = COMMON + "img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'";
    /**
     * Reported files under /staff/media/: opened on their own, they run in a sandbox (a unique origin, no script, no
     * forms), so even a file that a browser would render as a page could never act in a reviewer's session.
     */
    public static final String MEDIA = "sandbox; default-src 'none'; img-src 'self'";

    private ContentSecurityPolicy() {
    }

    /** The policy for a path below the context root. */
    public static String forPath(String path) {
        if (path.startsWith("/staff/media/")) {
            return MEDIA;
        }
        if (path.equals("/hash") || path.equals("/hash.xhtml")) {
            return HASH;
        }
        return path.startsWith("/staff/") ? STAFF : PUBLIC;
    }
}
