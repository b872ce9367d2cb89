package org.recourse.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dispatcher's side of the webhook outbox, each step a short transaction of its own: claim due deliveries, then
 * record how each attempt went. Nothing stays locked while a request is on the wire.
 */
@ApplicationScoped
public class WebhookClaims {

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to {@code max} due deliveries of active endpoints, taking only the oldest pending delivery of each
     * item for each endpoint: the next event of an item waits until the one before it is delivered (or gives up), so
     * events arrive in order. Rows are taken {@code for update skip locked}, so two nodes never claim the same one,
     * and the claim moves each one's next attempt past the time sending can take before it commits.
     *
     * <p>No {@code order by}, as in the mail outbox: H2 would lock every matching row before sorting.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedDelivery> claimDue(Instant now, int max, Duration claimFor) {
        List<Long> ids = ((List<?>) em.createNativeQuery("""
                        select d.id from webhook_delivery d
                        where d.status = 'PENDING' and d.next_attempt_at <= ?1
                          and d.endpoint_id in (select e.id from webhook_endpoint e where e.active = true)
                          and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id
                                          and p.ordering_key = d.ordering_key and p.status = 'PENDING' and p.id < d.id)
                        limit ?2 for update skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from WebhookDelivery d join fetch d.endpoint where d.id in :ids order by d.id",
                        WebhookDelivery.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .peek(delivery -> delivery.claim(now, claimFor))
                .map(d -> new ClaimedDelivery(d.id(), d.endpoint().url(), d.endpoint().secret(), d.eventId(),
                        d.eventType(), d.payload(), d.createdAt()))
                .toList();
    }

    /** The failures (as stored, constants written into the statement) that say the receiver could not be reached at all, as stored: what {@link #resume} brings forward. */
    static final String UNREACHABLE = java.util.stream.Stream.of(WebhookFailure.CONNECTION_REFUSED,
            WebhookFailure.TIMED_OUT, WebhookFailure.CONNECTION_FAILED, WebhookFailure.HOST_NOT_FOUND,
            WebhookFailure.UNREACHABLE_EARLIER).map(f -> "'" + f.stored() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * The receiver at {@code url} answered again: its deliveries that wait only because it could not be reached are
     * due now, instead of at the end of a backoff that grew while it was down (up to an hour). A delivery the receiver
     * itself refused (an HTTP error) keeps its wait, so one that always fails cannot be retried at every success.
     * Only waits longer than a claim are shortened: a row claimed by a node that is sending it right now is due again
     * at most a claim from now, so it is never made due twice. Order per item is untouched: the claim still takes
     * only the oldest pending delivery of each item. Returns how many deliveries were brought forward.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int resume(String url, Instant now, Duration claimFor) {
        return em.createNativeQuery("""
                        update webhook_delivery set next_attempt_at = ?1
                        where status = 'PENDING' and next_attempt_at > ?2 and last_error in (""" + UNREACHABLE + """
                        ) and endpoint_id in (select e.id from webhook_endpoint e where e.url = ?3)""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(now.plus(claimFor), ZoneOffset.UTC))
                .setParameter(3, url)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id, Instant now, int httpStatus) {
        em.find(WebhookDelivery.class, id).delivered(now, httpStatus);
    }

    /** Records a failed attempt; true if the delivery is now given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, Instant now, Integer httpStatus, String reason, WebhookRetryPolicy policy) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        delivery.failed(now, httpStatus, reason, policy);
        return delivery.state().status() == org.recourse.platform.outbox.OutboxStatus.DEAD;
    }
}
