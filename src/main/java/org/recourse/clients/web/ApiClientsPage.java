package org.recourse.clients.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.recourse.clients.ApiClient;
import org.recourse.clients.ApiClients;
import org.recourse.clients.Scope;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;

/** Backs /staff/admin/clients: admins create keys for the platform's services (shown once) and revoke them. */
@Named
@ViewScoped
public class ApiClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiClients clients;

    @Inject
    RequestContext request;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private String issuedFor;
    private String issuedKey;
    private String error;

    public List<ApiClient> getClients() {
        return clients.list();
    }

    public List<Scope> getAllScopes() {
        return List.of(Scope.values());
    }

    public void create() {
        Set<Scope> chosen = EnumSet.noneOf(Scope.class);
        scopes.forEach(code -> Scope.fromCode(code).ifPresent(chosen::add));
        if (name == null || name.isBlank() || chosen.isEmpty()) {
            error = request.messages().get("staff.clients.error.incomplete");
            return;
        }
        try {
            ApiClients.Issued issued = clients.create(request.staffName(), name, chosen);
            issuedFor = issued.client().name();
            issuedKey = issued.key();
            error = null;
            name = null;
            scopes = new ArrayList<>();
        } catch (IllegalArgumentException e) {
            error = request.messages().get("staff.clients.error.incomplete");
        }
    }

    public void revoke(long id) {
        clients.revoke(request.staffName(), id);
        issuedKey = null;
    }

    /** The scopes of a client in words, for the list. */
    public String scopesOf(ApiClient client) {
        Messages messages = request.messages();
        return String.join(", ", client.scopes().stream().map(s -> messages.get("staff.clients.scope." + s.name()))
                .toList());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getError() {
        return error;
    }
}
