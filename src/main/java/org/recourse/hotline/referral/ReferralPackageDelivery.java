package org.recourse.hotline.referral;

import org.recourse.evidence.OpenedEvidence;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.ReportContent;

/**
 * The manual way: a referral package for a person to download and send (by the recipient's portal, mail, or by hand to
 * police), who then records when and to whom it went.
 */
public class ReferralPackageDelivery implements HotlineDelivery {

    private final Recipient recipient;

    public ReferralPackageDelivery(Recipient recipient) {
        this.recipient = recipient;
    }

    @Override
    public String recipient() {
        return recipient.code();
    }

    @Override
    public Outcome deliver(OpenedEvidence evidence, ReportContent content, Progress progress) {
        return new Packaged("referral-" + recipient.code() + "-record-" + evidence.recordId() + ".zip",
                ReferralPackage.zip(recipient.code(), evidence, content));
    }
}
