package org.recourse.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A request as a servlet sees it, for unit tests: headers, attributes, the peer, who signed in with which roles. */
public final class StubRequest {

    public final Map<String, String> headers = new HashMap<>();
    public final Map<String, Object> attributes = new HashMap<>();
    public String peer = "198.51.100.7";
    public String user;
    public Set<String> roles = Set.of();
    /** How often the peer's address was read. */
    public int peerReads;

    public HttpServletRequest proxy() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getHeaders" -> {
                        String value = headers.get((String) args[0]);
                        yield Collections.enumeration(value == null ? Set.of() : Set.of(value));
                    }
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getRemoteAddr" -> {
                        peerReads++;
                        yield peer;
                    }
                    case "getUserPrincipal" -> user == null ? null : (Principal) () -> user;
                    case "isUserInRole" -> roles.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
