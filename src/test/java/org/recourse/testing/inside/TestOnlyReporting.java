package org.recourse.testing.inside;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.recourse.evidence.RecordReported;

/** Fires {@link RecordReported} in a transaction, as the hotline's sender does when it has sent a record. */
@ApplicationScoped
public class TestOnlyReporting {

    @Inject
    Event<RecordReported> reported;

    @Inject
    Clock clock;

    @Transactional
    public RecordReported report(long recordId, RecordReported.Kind kind, String recipient) {
        RecordReported event = new RecordReported(recordId, recipient, kind, "test-" + recordId, clock.instant(),
                "system");
        reported.fire(event);
        return event;
    }
}
