package org.recourse.evidence.legal;

import java.util.List;

/** A page of records and how many match in all. */
public record RecordList(List<RecordRow> rows, long total) {

    public RecordList {
        rows = List.copyOf(rows);
    }
}
