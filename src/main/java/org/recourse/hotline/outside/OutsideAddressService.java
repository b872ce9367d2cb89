package org.recourse.hotline.outside;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.recourse.audit.AuditLog;

/**
 * The outside addresses for staff: listed by host with filters, exported for a hotline, and referred (one address or
 * a whole host), each referral recorded on the address's case and in the audit log.
 */
@ApplicationScoped
public class OutsideAddressService {

    /** What the list shows: only addresses not yet referred, and/or only hosts whose name holds some text. */
    public record Filter(boolean notYetReferred, String host) {

        public Filter {
            host = host == null || host.isBlank() ? null : host.strip().toLowerCase(Locale.ROOT);
        }

        boolean keeps(OutsideAddress address) {
            return (!notYetReferred || !address.referred()) && (host == null || address.host().contains(host));
        }
    }

    /** A referral refused: the message keys of what is wrong; nothing was recorded. */
    public static class InvalidReferralException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        public InvalidReferralException(List<String> problems) {
            super(String.join(", ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    @Inject
    OutsideAddressRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<OutsideAddress> addresses(Filter filter) {
        return repository.all().stream().filter(filter::keeps).toList();
    }

    @Transactional
    public List<HostGroup> hosts(Filter filter) {
        return HostGroup.group(addresses(filter));
    }

    /** The referrals recorded on a case, for its page. */
    @Transactional
    public List<OutsideAddressRepository.CaseReferral> onCase(long caseId) {
        return repository.onCase(caseId);
    }

    /** Audits an export: who took which list (the filter), and how many addresses it held. */
    @Transactional
    public void exported(String actor, String format, Filter filter, int count) {
        audit.record(actor, "outside.exported", "outside-addresses", format + ", " + count + " address(es)"
                + (filter.notYetReferred() ? ", not yet referred" : "") + (filter.host() == null ? ""
                        : ", host containing " + filter.host()));
    }

    /**
     * Records a referral of one address ({@code caseItemId}) or of every address of a host not yet referred to the
     * same recipient ({@code host}); returns how many addresses it was recorded for.
     */
    @Transactional
    public int refer(Long caseItemId, String host, Referral referral, String actor) {
        Instant now = clock.instant();
        List<String> problems = referral.problems(now);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        List<OutsideAddress> chosen = repository.all().stream()
                .filter(a -> caseItemId != null ? a.caseItemId() == caseItemId
                        : host != null && a.host().equals(host) && a.referrals().stream()
                                .noneMatch(r -> r.recipient() == referral.recipient()
                                        && java.util.Objects.equals(r.recipientName(), referral.recipientName())))
                .toList();
        if (chosen.isEmpty()) {
            throw new InvalidReferralException(List.of("staff.outside.error.nothingToRefer"));
        }
        for (OutsideAddress address : chosen) {
            OutsideReferral made = new OutsideReferral(address.caseItemId(), address.caseId(), referral, actor, now);
            repository.add(made);
            audit.record(actor, "outside.referred", address.caseNumber() + "/item-" + address.caseItemId(), referral.recipient().name()
                    + (referral.recipientName() == null ? "" : " (" + referral.recipientName() + ")")
                    + (referral.theirReference() == null ? "" : ", reference " + referral.theirReference())
                    + ", " + address.url());
        }
        return chosen.size();
    }
}
