package org.recourse.screening.partners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.partners.Direction;
import org.recourse.screening.partners.ExchangeKey;
import org.recourse.screening.partners.FileRefusedException;
import org.recourse.screening.partners.PartnerExchange;
import org.recourse.screening.partners.PartnerSignals;
import org.recourse.screening.partners.PartnershipRefusedException;

/**
 * Backs /staff/admin/partners: this portal's public signing key for partners to pin, the partnerships (make one,
 * enable or disable it, export to it), the import of a partner's signed file, and the latest exchanges.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient PartnerSignals partners;

    private String name;
    private String direction = Direction.BOTH.name();
    private String hmacKey;
    private String publicKey;
    private Long importInto;
    private transient Part file;
    private String message;
    private String error;
    private String generatedKey;

    public List<PartnerSignals.Listed> getPartnerships() {
        return partners.list();
    }

    /** The partnerships a file may be imported into now (enabled, taking the partner's signals). */
    public List<PartnerSignals.Listed> getImportable() {
        return partners.list().stream().filter(l -> l.partnership().enabled()
                && l.partnership().direction().imports()).toList();
    }

    public List<PartnerExchange> getExchanges() {
        return partners.recentExchanges(20);
    }

    public ExchangeKey getSigningKey() {
        return partners.signingKey();
    }

    public List<String> getDirections() {
        return List.of(Direction.BOTH.name(), Direction.EXPORT.name(), Direction.IMPORT.name());
    }

    /** A partnership's name by id, for the exchanges list. */
    public String nameOf(long partnershipId) {
        return partners.list().stream().filter(l -> l.partnership().id() == partnershipId)
                .map(l -> l.partnership().name()).findFirst().orElse("");
    }

    public void create() {
        try {
            PartnerSignals.Created created = partners.create(name, Direction.valueOf(direction), hmacKey, publicKey,
                    context.staffName());
            generatedKey = created.generatedKey();
            done(context.messages().get("staff.partners.created", created.partnership().name()));
            name = null;
            hmacKey = null;
            publicKey = null;
        } catch (PartnershipRefusedException e) {
            failed(context.messages().get(e.messageKey()));
        } catch (IllegalArgumentException e) {
            failed(context.messages().get("staff.partners.error.direction"));
        }
    }

    public void setEnabled(long id, boolean enabled) {
        try {
            partners.setEnabled(id, enabled, context.staffName());
            done(context.messages().get(enabled ? "staff.partners.enabledNow" : "staff.partners.disabledNow"));
        } catch (PartnershipRefusedException e) {
            failed(context.messages().get(e.messageKey()));
        }
    }

    public void importFile() {
        if (importInto == null || file == null || file.getSize() == 0) {
            failed(context.messages().get("staff.partners.error.file"));
            return;
        }
        if (file.getSize() > partners.maxFileBytes()) {
            failed(context.messages().get("staff.partners.refused.oversized"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            PartnerSignals.Imported imported = partners.importFile(importInto, in.readAllBytes(),
                    context.staffName());
            done(context.messages().get("staff.partners.imported", imported.signals()));
        } catch (FileRefusedException e) {
            failed(context.messages().get(e.refusal().messageKey()) + (e.line() > 0
                    ? " " + context.messages().get("staff.partners.refused.line", e.line()) : ""));
        } catch (PartnershipRefusedException e) {
            failed(context.messages().get(e.messageKey()));
        } catch (IOException e) {
            failed(context.messages().get("staff.partners.error.file"));
        }
    }

    private void done(String text) {
        message = text;
        error = null;
    }

    private void failed(String text) {
        error = text;
        message = null;
        generatedKey = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getHmacKey() {
        return hmacKey;
    }

    public void setHmacKey(String hmacKey) {
        this.hmacKey = hmacKey;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public Long getImportInto() {
        return importInto;
    }

    public void setImportInto(Long importInto) {
        this.importInto = importInto;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }

    public String getGeneratedKey() {
        return generatedKey;
    }
}
