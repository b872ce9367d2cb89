package org.recourse.clients;

import java.util.Set;

/** Who is calling, once their key is checked: enough to check scopes and to name them in the audit log. */
public record ApiCaller(long clientId, String name, Set<Scope> scopes) {

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }

    /** How the audit log names the caller. */
    public String actor() {
        return "api:" + clientId;
    }
}
