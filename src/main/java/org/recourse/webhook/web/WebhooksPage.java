package org.recourse.webhook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.platform.web.RequestContext;
import org.recourse.webhook.WebhookAdmin;
import org.recourse.webhook.WebhookEndpoint;

/** Backs /staff/admin/webhooks: the platform's endpoints, and the deliveries that gave up, with a retry each. */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient WebhookAdmin admin;

    @Inject
    RequestContext request;

    private String url;
    private String secret;
    private String issuedSecret;
    private String issuedFor;
    private String message;
    private String error;

    public List<WebhookEndpoint> getEndpoints() {
        return admin.endpoints();
    }

    public List<WebhookAdmin.Dead> getDead() {
        return admin.dead(SHOWN);
    }

    public void register() {
        try {
            WebhookAdmin.Registered registered = admin.register(request.staffName(), url, secret);
            issuedFor = registered.endpoint().url();
            issuedSecret = registered.secret();
            error = null;
            url = null;
            secret = null;
        } catch (IllegalArgumentException e) {
            error = request.messages().get(e.getMessage());
        }
    }

    public void pause(long id) {
        admin.setActive(request.staffName(), id, false);
    }

    public void resume(long id) {
        admin.setActive(request.staffName(), id, true);
    }

    public void retry(long id) {
        message = request.messages().get(admin.retry(request.staffName(), id) ? "staff.webhooks.retried"
                : "staff.webhooks.notDead");
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
