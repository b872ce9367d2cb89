package org.recourse.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.ratelimit.ClientAddress;

/**
 * The one rule for what a request's forwarding headers may say. X-Forwarded-For and X-Forwarded-Proto are believed
 * only from a connection whose peer is a trusted proxy ({@code recourse.http.trusted-proxies}); the client is then the
 * rightmost X-Forwarded-For address that is not itself a trusted proxy. Everything to the left of that was written by
 * the client or by proxies nobody vouches for, so the leftmost address, the one a client can simply make up, is never
 * taken.
 *
 * <p>The old switch {@code recourse.http.trust-forwarded-headers=true} (deprecated) still works when no proxy is
 * listed, read as "one proxy in front, wherever it is": the client is the rightmost X-Forwarded-For address, the one
 * that proxy appended, never the leftmost as before. Unlike a list, it cannot tell the proxy from a client that
 * connects directly, so it logs a warning at start.
 */
@ApplicationScoped
public class ForwardedHeaders {

    private static final Logger LOG = Logger.getLogger(ForwardedHeaders.class.getName());

    @Inject
    @ConfigProperty(name = "recourse.http.trusted-proxies")
    Optional<String> trustedProxies;

    /** Deprecated: see the class comment. */
    @Inject
    @ConfigProperty(name = "recourse.http.trust-forwarded-headers", defaultValue = "false")
    boolean trustForwardedHeaders;

    private TrustedProxies trusted = TrustedProxies.NONE;
    private boolean oneHopFromAnyPeer;

    /** Reads the setting at start, so a wrong CIDR stops the deployment with its name rather than the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> "Trusted proxies: " + trusted);
    }

    @PostConstruct
    void read() {
        trusted = TrustedProxies.parse(trustedProxies.orElse(""));
        oneHopFromAnyPeer = trustForwardedHeaders && trusted.isEmpty();
        if (oneHopFromAnyPeer) {
            LOG.warning("recourse.http.trust-forwarded-headers is deprecated. It is read as one proxy in front: the "
                    + "client is the rightmost X-Forwarded-For address, from any peer, so a client reaching the portal "
                    + "directly can choose its own. Set RECOURSE_HTTP_TRUSTED_PROXIES to your proxies' addresses "
                    + "(CIDR) instead.");
        } else if (trustForwardedHeaders) {
            LOG.warning("recourse.http.trust-forwarded-headers is deprecated and ignored: "
                    + "recourse.http.trusted-proxies is set.");
        }
    }

    /** Who sent this request, for counting. */
    public ClientAddress clientOf(HttpServletRequest request) {
        List<String> forwardedFor = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For"));
        return oneHopFromAnyPeer ? rightmost(request.getRemoteAddr(), forwardedFor)
                : client(request.getRemoteAddr(), forwardedFor, trusted);
    }

    /**
     * Whether the reader's connection is HTTPS: TLS to this server itself, or X-Forwarded-Proto: https from a trusted
     * proxy. Not {@link HttpServletRequest#isSecure()}: Payara maps X-Forwarded-Proto into it from any peer.
     */
    public boolean isHttps(HttpServletRequest request) {
        if (request.getAttribute("jakarta.servlet.request.cipher_suite") != null) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && fromTrustedProxy(request)
                && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    public boolean fromTrustedProxy(HttpServletRequest request) {
        return oneHopFromAnyPeer || IpLiteral.parse(request.getRemoteAddr()).map(trusted::trusts).orElse(false);
    }

    /**
     * The client behind a connection from {@code peer} carrying these X-Forwarded-For header lines (each may hold
     * several addresses, oldest first): walking from the peer leftwards, the first hop that is not a trusted proxy.
     * If every hop is trusted, the leftmost one.
     */
    static ClientAddress client(String peer, List<String> forwardedFor, TrustedProxies trusted) {
        Optional<InetAddress> hop = IpLiteral.parse(peer);
        if (hop.isEmpty()) {
            return ClientAddress.unreadable(peer);
        }
        if (!trusted.trusts(hop.get())) {
            return ClientAddress.of(hop.get());
        }
        List<String> hops = hops(forwardedFor);
        InetAddress client = hop.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> next = IpLiteral.parse(hops.get(i));
            if (next.isEmpty()) {
                // Written by the trusted hop to its right, about its own peer: odd, but the best there is.
                return ClientAddress.unreadable(hops.get(i));
            }
            client = next.get();
            if (!trusted.trusts(client)) {
                break;
            }
        }
        return ClientAddress.of(client);
    }

    /** The deprecated rule: the last address appended, by whichever peer; the peer itself without a header. */
    static ClientAddress rightmost(String peer, List<String> forwardedFor) {
        List<String> hops = hops(forwardedFor);
        String last = hops.isEmpty() ? peer : hops.get(hops.size() - 1);
        return IpLiteral.parse(last).map(ClientAddress::of).orElseGet(() -> ClientAddress.unreadable(last));
    }

    /** Every address of every X-Forwarded-For line, oldest first. */
    private static List<String> hops(List<String> forwardedFor) {
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(line -> {
            for (String entry : line.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.strip());
                }
            }
        });
        return hops;
    }
}
