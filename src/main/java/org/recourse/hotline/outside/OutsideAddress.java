package org.recourse.hotline.outside;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Category;

/**
 * One outside address on one case: the URL as intake kept it (normalised: lower-case scheme and host, no default port,
 * no fragment), its host, the case's category, when reports first and last named it, and its referrals so far.
 */
public record OutsideAddress(long caseItemId, long caseId, String url, Category category, Instant firstReported,
        Instant lastReported, List<OutsideReferral> referrals) {

    public OutsideAddress {
        referrals = List.copyOf(referrals);
    }

    public String host() {
        return hostOf(url);
    }

    public String caseNumber() {
        return CaseNumbers.format(caseId);
    }

    public boolean referred() {
        return !referrals.isEmpty();
    }

    /**
     * The host of a URL as intake stores it ({@code scheme://[userinfo@]host[:port]/...}), in lower case; the text
     * after the scheme up to the path when it is not of that form, so that nothing is ever left out of a group.
     */
    static String hostOf(String url) {
        int start = url.indexOf("://");
        String rest = start < 0 ? url : url.substring(start + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (!authority.startsWith("[") && authority.matches(".*:\\d{1,5}")) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        return authority.isEmpty() ? "?" : authority.toLowerCase(Locale.ROOT);
    }
}
