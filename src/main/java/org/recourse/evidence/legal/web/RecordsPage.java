package org.recourse.evidence.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.recourse.evidence.legal.LegalDesk;
import org.recourse.evidence.legal.LegalStatus;
import org.recourse.evidence.legal.RecordFilter;
import org.recourse.evidence.legal.RecordList;
import org.recourse.evidence.legal.RecordStatuses;
import org.recourse.evidence.legal.SigningKeyView;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/legal/records: the vault's records, newest first, filtered by status and case number from the query
 * string (a GET form: the list can be bookmarked and works without JavaScript), a page at a time; audited.
 */
@Named
@RequestScoped
public class RecordsPage {

    static final int PAGE_SIZE = 25;

    @Inject
    LegalDesk desk;

    @Inject
    RecordStatuses statuses;

    @Inject
    RequestContext request;

    private String status;
    private String caseNumber;
    private int page;
    private RecordList list;

    /** The view action: reads the page of records once. */
    public void load() {
        list = desk.list(new RecordFilter(chosenStatus(), caseNumber), page * PAGE_SIZE, PAGE_SIZE,
                request.staffName());
    }

    private LegalStatus chosenStatus() {
        return Arrays.stream(LegalStatus.values()).filter(s -> s.code().equals(status)).findFirst().orElse(null);
    }

    /** The statuses the filter offers, in their order. */
    public List<LegalStatus> getStatuses() {
        return Arrays.stream(LegalStatus.values()).filter(statuses.filterable()::contains).toList();
    }

    public RecordList getList() {
        return list;
    }

    public SigningKeyView getSigningKey() {
        return desk.signingKey();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return list != null && (long) (page + 1) * PAGE_SIZE < list.total();
    }

    public int getPageCount() {
        return list == null ? 1 : (int) Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 100_000));
    }
}
