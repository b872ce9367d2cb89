package org.recourse.hotline.outside.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.hotline.outside.OutsideAddressRepository.CaseReferral;
import org.recourse.hotline.outside.OutsideAddressService;
import org.recourse.hotline.outside.OutsideReferral;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;

/**
 * The referrals of a case's outside addresses, in words for the case page ({@code outside-referrals.xhtml}): the case
 * page is review's, which does not import hotline, so it includes the fragment and this bean answers by case id.
 */
@Named
@RequestScoped
public class OutsideReferralsView {

    /** One referral in words, with the address it is about. */
    public record Line(String url, String text) {
    }

    @Inject
    RequestContext context;

    @Inject
    OutsideAddressService service;

    private final Map<Long, List<Line>> lines = new HashMap<>();

    public List<Line> of(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        return lines.computeIfAbsent(caseId, id -> {
            Messages messages = context.messages();
            return service.onCase(id).stream().map((CaseReferral r) -> new Line(r.url(), words(r.referral(),
                    messages))).toList();
        });
    }

    /** "Referred to IWF on Dec 6, 2026, recorded by sam. Their reference: IWF-88.". */
    static String words(OutsideReferral referral, Messages messages) {
        String to = messages.get("staff.outside.recipient." + referral.recipient().name())
                + (referral.recipientName() == null ? "" : " (" + referral.recipientName() + ")");
        String day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(java.time.ZoneOffset.UTC).format(referral.referredOn());
        String line = messages.get("staff.outside.referralLine", to, day, referral.recordedBy());
        return referral.theirReference() == null ? line
                : line + " " + messages.get("staff.outside.referenceSentence", referral.theirReference());
    }
}
