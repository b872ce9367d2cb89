package org.recourse.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.recourse.platform.web.AddressBlock;

/**
 * Where a webhook may go: its host is looked up once, and every address the name gives must be public (see
 * {@link SpecialAddresses}), or inside a range an admin of the server allowed
 * ({@code recourse.webhooks.allowed-private-ranges}), or belong to the portal's own endpoint (the demo platform's
 * receiver on this very server). One bad address refuses the whole name: otherwise a name answering a public and a
 * private address would reach inside on a lucky connection. The addresses checked are the ones connected to
 * ({@link Target#addresses()}), so the name cannot be made to point elsewhere in between (DNS rebinding).
 */
final class TargetPolicy {

    /** Looks a host name up; an address literal is returned as it is, without asking DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    /** A destination that passed: the URL's parts, and the vetted addresses to connect to, in the order given. */
    record Target(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {
    }

    /** A destination refused, with the reason class (private address, host not found) an admin may see. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final WebhookFailure failure;

        RefusedException(WebhookFailure failure, String why) {
            super(why);
            this.failure = failure;
        }

        WebhookFailure failure() {
            return failure;
        }
    }

    private final List<AddressBlock> allowed;
    private final Predicate<String> portalOwn;
    private final Resolver resolver;

    TargetPolicy(List<AddressBlock> allowed, Predicate<String> portalOwn, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.portalOwn = portalOwn;
        this.resolver = resolver;
    }

    Target vet(String url) throws RefusedException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedException(WebhookFailure.HOST_NOT_FOUND, "not a valid address");
        }
        String host = uri.getHost();
        if (host == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new RefusedException(WebhookFailure.HOST_NOT_FOUND, "no host in the address");
        }
        // An IPv6 literal comes with its brackets ("[::1]"); the resolver wants the bare address.
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new RefusedException(WebhookFailure.HOST_NOT_FOUND, "the host is not found");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedException(WebhookFailure.HOST_NOT_FOUND, "the host has no address");
        }
        boolean own = portalOwn.test(url);
        for (InetAddress address : addresses) {
            Optional<SpecialAddresses.Kind> kind = SpecialAddresses.kindOf(address);
            if (kind.isPresent() && (kind.get() == SpecialAddresses.Kind.NEVER || !(own || isAllowed(address)))) {
                throw new RefusedException(WebhookFailure.REFUSED_PRIVATE, address.getHostAddress() + " is "
                        + kind.get().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new Target(uri, bare, port, https, List.of(addresses));
    }

    /** In an allowed range, as it is or by the IPv4 address it carries. */
    private boolean isAllowed(InetAddress address) {
        InetAddress carried = SpecialAddresses.carriedIpv4(address);
        return allowed.stream().anyMatch(range -> range.contains(address) || range.contains(carried));
    }
}
