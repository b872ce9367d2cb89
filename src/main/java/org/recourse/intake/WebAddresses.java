package org.recourse.intake;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading web addresses as people paste them, including international domain names ({@code bücher.example}) and
 * hosts with underscores, which {@link URI#getHost()} does not return.
 */
final class WebAddresses {

    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*\\.?");

    private WebAddresses() {
    }

    /** The host in ASCII (punycode for international names), lower case; empty when there is none. */
    static Optional<String> host(URI uri) {
        if (uri.getHost() != null) {
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return Optional.empty();
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.matches(".*:\\d+$")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        try {
            String ascii = IDN.toASCII(java.net.URLDecoder.decode(host, java.nio.charset.StandardCharsets.UTF_8),
                    IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return ASCII_HOST.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static URI parse(String text) throws URISyntaxException {
        return new URI(text);
    }
}
