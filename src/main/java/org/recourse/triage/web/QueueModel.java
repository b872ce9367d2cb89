package org.recourse.triage.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.recourse.triage.QueueFilter;
import org.recourse.triage.QueueRow;
import org.recourse.triage.TriageService;

/**
 * The queue as PrimeFaces' lazy model: only the visible page is read, with its count, so the table stays fast
 * with a million cases. The order is fixed (most urgent first); filtering comes from the form above the table.
 */
public class QueueModel extends LazyDataModel<QueueRow> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<TriageService> triage;
    private final Supplier<QueueFilter> filter;

    QueueModel(Supplier<TriageService> triage, Supplier<QueueFilter> filter) {
        this.triage = triage;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, triage.get().count(filter.get()));
    }

    @Override
    public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return triage.get().page(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(QueueRow row) {
        return Long.toString(row.caseId());
    }

    @Override
    public QueueRow getRowData(String rowKey) {
        return null;
    }
}
