package org.recourse.performers;

import org.recourse.platform.rest.JsonSupport;
import org.recourse.webhook.WebhookEvent;

/**
 * The platform's webhook when a person withdraws consent, so that it acts too (stops using the record, tells its own
 * teams): the record id, when, through which door, and how many linked items Recourse hid. Nothing the person typed.
 */
final class PerformerEvents {

    private PerformerEvents() {
    }

    static WebhookEvent withdrawn(PerformerRecord record, int itemsHidden) {
        var linked = JsonSupport.array();
        record.content().forEach(linked::add);
        return WebhookEvent.create(ConsentWithdrawal.EVENT, "performer:" + record.recordId(), record.withdrawnAt(),
                JsonSupport.object()
                        .add("recordId", record.recordId())
                        .add("withdrawnAt", record.withdrawnAt().toString())
                        .add("via", record.withdrawnVia().code())
                        .add("contentIds", linked)
                        .add("itemsHidden", itemsHidden)
                        .build());
    }
}
