package org.recourse.hotline.outside.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.recourse.hotline.outside.HostGroup;
import org.recourse.hotline.outside.OutsideAddress;
import org.recourse.hotline.outside.OutsideAddressService;
import org.recourse.hotline.outside.Recipient;
import org.recourse.hotline.outside.Referral;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/supervise/outside: the outside addresses reporters gave, grouped by host, filtered by GET parameters
 * (so a list can be bookmarked and works without JavaScript), and a form that records a referral of one address
 * ({@code target=item:<id>}) or of a whole host ({@code target=host:<name>}).
 */
@Named
@RequestScoped
public class OutsidePage {

    /** A host in words for the page. */
    public record HostRow(String host, long addresses, long cases, String first, String last, String referred,
            String referredClass, List<AddressRow> rows) {
    }

    /** An address in words: the URL (escaped by the page like any text), its case, and its referrals. */
    public record AddressRow(long caseItemId, long caseId, String url, String caseNumber, String category,
            String last, List<String> referrals) {
    }

    @Inject
    RequestContext context;

    @Inject
    OutsideAddressService service;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String host;
    private boolean unreferred;
    private String target;
    private Recipient recipient;
    private String recipientName;
    private String referredOn;
    private String theirReference;
    private String error;
    private String message;
    private List<HostRow> rows;

    public List<HostRow> getHosts() {
        if (rows == null) {
            Messages messages = context.messages();
            rows = service.hosts(filter()).stream().map(group -> row(group, messages)).toList();
        }
        return rows;
    }

    private OutsideAddressService.Filter filter() {
        return new OutsideAddressService.Filter(unreferred, host);
    }

    private static HostRow row(HostGroup group, Messages messages) {
        List<AddressRow> addresses = group.addresses().stream().map(a -> address(a, messages)).toList();
        return new HostRow(group.host(), group.addressCount(), group.caseCount(), time(group.firstReported(), messages),
                time(group.lastReported(), messages), messages.get("staff.outside.referred." + group.referred().name()),
                "referred-" + group.referred().name().toLowerCase(java.util.Locale.ROOT), addresses);
    }

    private static AddressRow address(OutsideAddress address, Messages messages) {
        List<String> referrals = address.referrals().stream().map(r -> OutsideReferralsView.words(r, messages))
                .toList();
        return new AddressRow(address.caseItemId(), address.caseId(), address.url(), address.caseNumber(),
                messages.get("staff.category." + address.category().name()), time(address.lastReported(), messages),
                referrals);
    }

    private static String time(Instant instant, Messages messages) {
        return instant == null ? "–" : messages.time(instant);
    }

    /** Records the referral, then shows the list again by GET with the same filters. */
    public String refer() {
        Messages messages = context.messages();
        setTarget(request.getParameter("target"));
        Long item = target != null && target.matches("item:\\d{1,18}") ? Long.valueOf(target.substring(5)) : null;
        String targetHost = target != null && target.startsWith("host:") ? target.substring(5) : null;
        if (item == null && targetHost == null) {
            error = messages.get("staff.outside.error.target");
            return null;
        }
        Instant when = day(referredOn);
        try {
            int count = service.refer(item, targetHost, new Referral(recipient, recipientName, when, theirReference),
                    context.staffName());
            return "/staff/supervise/outside?faces-redirect=true&referred=" + count;
        } catch (OutsideAddressService.InvalidReferralException refused) {
            error = String.join(" ", refused.problems().stream().map(messages::get).toList());
            return null;
        }
    }

    /** The day typed (yyyy-mm-dd, as a date field sends it) at its start in UTC, or null. */
    static Instant day(String text) {
        if (text == null || text.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The export's address with the list's filters. */
    public String exportQuery() {
        StringBuilder query = new StringBuilder();
        if (unreferred) {
            query.append("&unreferred=1");
        }
        if (host != null && !host.isBlank()) {
            query.append("&host=").append(java.net.URLEncoder.encode(host.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** Whether each host's addresses are listed open: when the list is narrowed to a host, or an address was asked. */
    public boolean isShowOpen() {
        return (host != null && !host.isBlank()) || target != null || getHosts().size() == 1;
    }

    /** A value for a link's query string. */
    public String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<Recipient> getRecipients() {
        return Arrays.asList(Recipient.values());
    }

    /** The referral form's choice of what to refer: the host or address asked by link, else every listed host. */
    public List<String[]> getTargets() {
        Messages messages = context.messages();
        List<String[]> targets = new java.util.ArrayList<>();
        for (HostRow row : getHosts()) {
            targets.add(new String[] {"host:" + row.host(), messages.get("staff.outside.targetHost", row.host())});
            row.rows().stream().filter(a -> ("item:" + a.caseItemId()).equals(target))
                    .forEach(a -> targets.add(new String[] {"item:" + a.caseItemId(),
                            messages.get("staff.outside.targetAddress", a.url(), a.caseNumber())}));
        }
        return targets;
    }

    public String getToday() {
        return LocalDate.now(java.time.Clock.systemUTC()).toString();
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host == null || host.length() > 253 ? null : host;
    }

    public boolean isUnreferred() {
        return unreferred;
    }

    public void setUnreferred(boolean unreferred) {
        this.unreferred = unreferred;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target == null || target.length() > 300 ? null : target;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public void setRecipient(Recipient recipient) {
        this.recipient = recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getReferredOn() {
        return referredOn == null ? getToday() : referredOn;
    }

    public void setReferredOn(String referredOn) {
        this.referredOn = referredOn;
    }

    public String getTheirReference() {
        return theirReference;
    }

    public void setTheirReference(String theirReference) {
        this.theirReference = theirReference;
    }

    public String getError() {
        return error;
    }

    /** After a referral: how many addresses it was recorded for, from the redirect's parameter (digits only). */
    public String getMessage() {
        return message;
    }

    public void setReferred(String referred) {
        if (referred != null && referred.matches("\\d{1,6}")) {
            message = context.messages().get("staff.outside.recorded", Integer.parseInt(referred));
        }
    }

    public String getReferred() {
        return null;
    }
}
