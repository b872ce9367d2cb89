package org.recourse.screening.banks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.ratelimit.TooManySubmissionsException;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.web.Refusals;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.HashSubmissions;
import org.recourse.screening.banks.SurvivorProtection;

/**
 * Backs /hash, where a survivor blocks a picture of themselves without sending it: the page's script hashes the
 * picture on their device and posts only the SHA-256 and PDQ hashes; this bean stores them, gives a reference and
 * says what the fingerprint does now.
 */
@Named
@RequestScoped
public class HashPage {

    @Inject
    RequestContext context;

    @Inject
    HashSubmissions submissions;

    @Inject
    PortalSettings settings;

    @Inject
    Refusals refusals;

    private String sha256;
    private String pdq;
    /** A video's frame fingerprints from the page's decoder, in the vPDQ reference's text (a hidden field). */
    private String vpdq;
    private int quality;
    private String reference;
    private SurvivorProtection protection;
    private String error;

    public String submit() {
        Messages messages = messages();
        try {
            // A PDQ hash of low quality matches too loosely to hold with: the exact hash still holds copies.
            HashSubmissions.Submission submission = submissions.submit(sha256, quality >= 50 ? pdq : null, vpdq,
                    context.submitter());
            reference = submission.reference().display();
            protection = submission.protection();
        } catch (TooManySubmissionsException e) {
            refusals.tooManySubmissions(FacesContext.getCurrentInstance(), e);
        } catch (IllegalArgumentException e) {
            error = messages.get(vpdq == null || vpdq.isBlank() ? "hash.error.noHashes" : "hash.error.video");
        }
        return null;
    }

    /** What the fingerprint does from now on, truthfully: held for review, unless staff had settled it before. */
    public String getOutcome() {
        return protection == null ? null : messages().get("hash.done." + protection.name());
    }

    public String getNextSteps() {
        PortalSettings.Contact contact = settings.contact(messages().locale());
        return protection == null ? null
                : messages().get("status.next.hash." + protection.name(), contact.team(), contact.email());
    }

    private Messages messages() {
        return context.messages();
    }

    public String contactText() {
        Messages messages = context.messages();
        return messages.get("status.contact.text", settings.contactTeam(messages.locale()), settings.contactEmail());
    }

    /**
     * What happens to copies already on the platform: while the fingerprint holds or blocks, the sweep searches the
     * content already up and hides every match until the team has reviewed it. Null when the fingerprint is not used.
     */
    public String getCopies() {
        return protection == null ? null : HashReceipt.copies(protection, messages());
    }

    /**
     * The reference as a small text file to keep, as a {@code data:} address for a download link: the page needs no
     * second request (which would carry the reference again) and no script.
     */
    public String getReceiptHref() {
        return reference == null ? null
                : HashReceipt.dataHref(HashReceipt.text(reference, protection, settings.contact(messages().locale()),
                        messages()));
    }

    /** The file name the download suggests: the reference, never anything about the picture. */
    public String getReceiptName() {
        return reference == null ? null : "block-" + reference + ".txt";
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public String getPdq() {
        return pdq;
    }

    public void setPdq(String pdq) {
        this.pdq = pdq;
    }

    public String getVpdq() {
        return vpdq;
    }

    public void setVpdq(String vpdq) {
        this.vpdq = vpdq;
    }

    public int getQuality() {
        return quality;
    }

    public void setQuality(int quality) {
        this.quality = quality;
    }

    public String getReference() {
        return reference;
    }

    public String getError() {
        return error;
    }
}
