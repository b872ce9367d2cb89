package org.recourse.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.recourse.clients.ApiClients;
import org.recourse.clients.Scope;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.webhook.WebhookAdmin;
import org.recourse.webhook.WebhookSignature;

/**
 * The demo platform's side of the link, built as a real platform would build it: it asks the visibility API (over
 * HTTP, with its own API key) before it serves a picture, and it receives the signed webhooks, checks their
 * signature and time, and keeps each event once. When the API cannot be asked, it serves nothing: a platform that
 * cannot tell must not show.
 */
@ApplicationScoped
public class DemoPlatform {

    private static final Logger LOG = Logger.getLogger(DemoPlatform.class.getName());
    private static final Duration API_TIMEOUT = Duration.ofSeconds(5);

    /** One webhook event the demo platform received. */
    public record Event(String eventId, String type, String contentId, Long sequence, Instant receivedAt) {
    }

    /** Its key for the API and its webhook secret, as a platform keeps them in its own secret store. */
    record Credentials(String apiKey, String webhookSecret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ApiClients clients;

    @Inject
    WebhookAdmin webhooks;

    @Inject
    org.recourse.webhook.WebhookTargets targets;

    @Inject
    Clock clock;

    @Inject
    org.recourse.platform.persistence.SeedOnce seedOnce;

    @Inject
    org.recourse.content.ContentRepository content;

    private volatile Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(API_TIMEOUT).build();

    /**
     * On every start, lets the webhooks reach the demo's receiver on this server (the portal's own endpoint, usually
     * a loopback address that no admin could register); on first start, a key to read visibility and an endpoint for
     * the webhooks at this address.
     */
    @Transactional
    public void connect(String webhookUrl) {
        targets.trustPortalOwn(webhookUrl);
        if (em.find(DemoConnection.class, DemoConnection.ID) != null || !seedOnce.claim("demo:platform")) {
            return;
        }
        String key = clients.create("system", "Demo platform", Set.of(Scope.READ_VISIBILITY)).key();
        String secret = webhooks.register("system", webhookUrl, null).secret();
        em.persist(new DemoConnection(key, secret));
        LOG.info(() -> "Demo platform connected: webhooks to " + webhookUrl);
    }

    /**
     * On first start: the demo pictures, registered as the platform's content at {@code base}/media/..., all in one
     * transaction, by exactly one node.
     */
    @Transactional
    public int registerGallery(String base) {
        if (content.findByPlatformId(DemoPictures.CATALOGUE.get(0).contentId()).isPresent()
                || !seedOnce.claim("demo:gallery")) {
            return 0;
        }
        int uploader = 0;
        for (DemoPictures.Picture picture : DemoPictures.CATALOGUE) {
            byte[] png = DemoPictures.png(picture);
            org.recourse.content.ContentItem item = new org.recourse.content.ContentItem(picture.contentId(),
                    base + "/media/" + picture.contentId(), "image/png", org.recourse.content.ContentItem.sha256Of(png),
                    "demo-uploader-" + (++uploader % 4 + 1), clock.instant());
            org.recourse.matching.hash.ImageHashes hashes = org.recourse.matching.hash.ImageHashes.of(png);
            item.recordHashes(hashes.md5(), hashes.pdq().orElse(null));
            content.register(item, png);
        }
        return DemoPictures.CATALOGUE.size();
    }

    /** Which of these items the API says may be served; on any failure to ask, none. */
    public Set<String> served(List<String> contentIds, String apiBase) {
        Set<String> served = new HashSet<>();
        Optional<Credentials> mine = credentials();
        if (mine.isEmpty() || contentIds.isEmpty()) {
            return served;
        }
        String body = JsonSupport.object().add("contentIds", JsonSupport.array(contentIds)).build().toString();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(apiBase
                            + "/api/v1/content/visibility")).timeout(API_TIMEOUT)
                    .header("Authorization", "Bearer " + mine.get().apiKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "The visibility API answered " + response.statusCode() + ": serving nothing.");
                return served;
            }
            try (var reader = JsonSupport.reader(new StringReader(response.body()))) {
                reader.readObject().getJsonArray("items").forEach(item -> {
                    JsonObject status = item.asJsonObject();
                    if (status.get("served") == JsonValue.TRUE) {
                        served.add(status.getString("contentId"));
                    }
                });
            }
        } catch (java.io.IOException e) {
            LOG.warning(() -> "The visibility API could not be asked (" + e.getClass().getSimpleName()
                    + "): serving nothing.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return served;
    }

    /**
     * A webhook arrives: kept once if its signature and time are right. Returns false for a message that must be
     * refused (wrong signature, too old, not JSON); a repeated event is accepted and ignored.
     */
    @Transactional
    public boolean receive(String signature, String body) {
        Optional<Credentials> mine = credentials();
        if (mine.isEmpty() || !WebhookSignature.verify(mine.get().webhookSecret(), signature, body, clock.instant(),
                WebhookSignature.TOLERANCE)) {
            return false;
        }
        Optional<DemoWebhookEvent> event = DemoWebhookEvent.read(body);
        if (event.isEmpty()) {
            return false;
        }
        em.createNativeQuery("""
                        insert into demo_event (event_id, event_type, content_id, sequence, received_at)
                        select ?1, ?2, ?3, ?4, ?5 where not exists (select 1 from demo_event where event_id = ?1)""")
                .setParameter(1, event.get().id())
                .setParameter(2, event.get().type())
                .setParameter(3, event.get().contentId())
                .setParameter(4, event.get().sequence())
                .setParameter(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    @Transactional
    public List<Event> recentEvents(int max) {
        return ((List<?>) em.createNativeQuery("""
                        select event_id, event_type, content_id, sequence, received_at from demo_event
                        order by received_at desc, event_id""")
                .setMaxResults(max).getResultList()).stream()
                .map(row -> (Object[]) row)
                .map(row -> new Event((String) row[0], (String) row[1], (String) row[2],
                        row[3] == null ? null : ((Number) row[3]).longValue(), toInstant(row[4])))
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }

    private Optional<Credentials> credentials() {
        Credentials known = credentials;
        if (known == null) {
            DemoConnection row = em.find(DemoConnection.class, DemoConnection.ID);
            if (row == null) {
                return Optional.empty();
            }
            known = new Credentials(row.apiKey(), row.webhookSecret());
            credentials = known;
        }
        return Optional.of(known);
    }
}
