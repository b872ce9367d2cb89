package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.recourse.hotline.referral.HotlineReferral;

/** What the case page says about a case's hotline reports and referrals. */
@ApplicationScoped
public class HotlineStatus {

    /** A case's reports through an API and its referrals by hand, oldest first. */
    public record OfCase(List<HotlineReport> reports, List<HotlineReferral> referrals) {

        public boolean any() {
            return !reports.isEmpty() || !referrals.isEmpty();
        }
    }

    @Inject
    HotlineRepository repository;

    @Transactional
    public OfCase of(long caseId) {
        return new OfCase(repository.ofCase(caseId), repository.referralsOfCase(caseId));
    }
}
