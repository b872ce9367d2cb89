package org.recourse.hotline.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.recourse.hotline.HotlineAdmin;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.HotlineSettings;
import org.recourse.hotline.referral.HotlineReferral;
import org.recourse.hotline.referral.HotlineReferrals;
import org.recourse.hotline.referral.Recipient;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/admin/hotline: the hotline outbox (reports waiting, given up with "retry now", filed, retracted; a
 * retract for one opened by mistake), the CyberTipline's settings as far as they may be shown (never the password),
 * and referrals by hand: a package to download for manual submission, and the form that records when and to whom it
 * was sent.
 */
@Named
@ViewScoped
public class HotlinePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient HotlineAdmin admin;

    @Inject
    transient HotlineReferrals referrals;

    @Inject
    transient HotlineSettings settings;

    @Inject
    RequestContext request;

    private Long packageRecord;
    private String packageRecipient = Recipient.CYBERTIP_CA.code();
    private Long sentRecord;
    private String sentRecipient = Recipient.CYBERTIP_CA.code();
    private String sentReference;
    private String sentAt;
    private String message;
    private String error;

    public List<HotlineAdmin.Row> getWaiting() {
        return admin.waiting(SHOWN);
    }

    public List<HotlineAdmin.Row> getDead() {
        return admin.dead(SHOWN);
    }

    public List<HotlineAdmin.Row> getFiled() {
        return admin.filed(20);
    }

    public List<HotlineAdmin.Row> getRetracted() {
        return admin.retracted(20);
    }

    public List<HotlineReferral> getReferrals() {
        return referrals.latest(20);
    }

    public List<Recipient> getRecipients() {
        return Arrays.asList(Recipient.values());
    }

    /** The CyberTipline's state in words: off, or on against the test or production service. */
    public String getNcmecState() {
        if (!settings.ncmecEnabled()) {
            return request.messages().get("hotline.admin.ncmec.off");
        }
        String environment = settings.isProduction() ? "hotline.admin.ncmec.production"
                : HotlineSettings.TEST_URL.equals(settings.ncmecUrl().toString()) ? "hotline.admin.ncmec.test"
                : "hotline.admin.ncmec.other";
        return request.messages().get(environment, settings.ncmecUrl().toString(),
                settings.ncmecUsername().orElse("-"));
    }

    public void retry(long id) {
        show(admin.retry(request.staffName(), id) ? "hotline.admin.retried" : "hotline.admin.notDead");
    }

    public void retract(long id) {
        HotlineAdmin.Retraction outcome = admin.retract(request.staffName(), id);
        boolean done = outcome == HotlineAdmin.Retraction.RETRACTED || outcome == HotlineAdmin.Retraction.CANCELLED;
        if (done) {
            show(outcome.messageKey());
        } else {
            fail(outcome.messageKey());
        }
    }

    /** Sends the package as a download; the page stays as it was. */
    public void download() throws IOException {
        Optional<Recipient> recipient = Recipient.ofCode(packageRecipient);
        if (packageRecord == null || recipient.isEmpty()) {
            fail("hotline.referral.error.missing");
            return;
        }
        Optional<HotlineDelivery.Packaged> packaged = referrals.packageFor(request.staffName(), packageRecord,
                recipient.get());
        if (packaged.isEmpty()) {
            fail("hotline.referral.error.noRecord");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseContentLength(packaged.get().zip().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + packaged.get().fileName()
                + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(packaged.get().zip());
        }
        faces.responseComplete();
    }

    public void recordSent() {
        Optional<Recipient> recipient = Recipient.ofCode(sentRecipient);
        if (sentRecord == null || recipient.isEmpty()) {
            fail("hotline.referral.error.missing");
            return;
        }
        Instant at;
        try {
            at = sentAt == null || sentAt.isBlank() ? null
                    : LocalDateTime.parse(sentAt.strip(), SENT_AT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            fail("hotline.referral.error.time");
            return;
        }
        if (at == null) {
            fail("hotline.referral.error.time");
            return;
        }
        try {
            Optional<HotlineReferral> recorded = referrals.recordSent(request.staffName(), sentRecord,
                    recipient.get(), sentReference, at);
            if (recorded.isEmpty()) {
                fail("hotline.referral.error.noRecord");
                return;
            }
            show("hotline.referral.recorded");
            sentRecord = null;
            sentReference = null;
            sentAt = null;
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
    }

    private void show(String key) {
        message = request.messages().get(key);
        error = null;
    }

    private void fail(String key) {
        error = request.messages().get(key);
        message = null;
    }

    public Long getPackageRecord() {
        return packageRecord;
    }

    public void setPackageRecord(Long packageRecord) {
        this.packageRecord = packageRecord;
    }

    public String getPackageRecipient() {
        return packageRecipient;
    }

    public void setPackageRecipient(String packageRecipient) {
        this.packageRecipient = packageRecipient;
    }

    public Long getSentRecord() {
        return sentRecord;
    }

    public void setSentRecord(Long sentRecord) {
        this.sentRecord = sentRecord;
    }

    public String getSentRecipient() {
        return sentRecipient;
    }

    public void setSentRecipient(String sentRecipient) {
        this.sentRecipient = sentRecipient;
    }

    public String getSentReference() {
        return sentReference;
    }

    public void setSentReference(String sentReference) {
        this.sentReference = sentReference;
    }

    public String getSentAt() {
        return sentAt;
    }

    public void setSentAt(String sentAt) {
        this.sentAt = sentAt;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}
