package org.recourse.testing;

import java.util.ArrayList;
import java.util.List;
import org.recourse.audit.AuditEvent;
import org.recourse.audit.AuditLog;

/** Stands in for the audit log in service tests outside the container: keeps what was recorded, in order. */
public final class RecordingAuditLog extends AuditLog {

    /** One audited action as the service described it. */
    public record Entry(String actor, String action, String subject, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public AuditEvent record(String actor, String action, String subject, String detail) {
        entries.add(new Entry(actor, action, subject, detail));
        return null;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> withAction(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }
}
