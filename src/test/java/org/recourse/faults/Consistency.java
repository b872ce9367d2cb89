package org.recourse.faults;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.recourse.testing.MailServer;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * What must hold in the database after any fault, asked straight with SQL (the portal may be dead): every
 * acknowledged report stored with its hosted items hidden, nothing hidden without an open case, no half-written case,
 * and the outboxes whole. Each check returns what breaks it (empty when all is well), so a scenario can assert and
 * count at once.
 *
 * <p>The outboxes promise at least once (docs/architecture.md, "Outboxes"): a row is claimed in a short transaction
 * of its own, sent, then marked delivered in another. A node killed between the sending and the marking sends that
 * row again after its claim lapses, so a duplicate is allowed only for a row that was claimed when a node died; a
 * lost one never.
 */
public final class Consistency {

    static final String HIDDEN_WITHOUT_OPEN_CASE = """
            select ci.platform_content_id, ci.visibility from content_item ci
            where ci.visibility <> 'VISIBLE' and not exists (
                select 1 from case_item i join case_file c on c.id = i.case_id
                where i.content_id = ci.id and c.status <> 'CLOSED')""";

    static final String REPORTS_NAMING_NOTHING = """
            select r.reference from report r
            where not exists (select 1 from report_item ri where ri.report_id = r.id)""";

    static final String CASE_ITEMS_NO_REPORT_NAMES = """
            select i.id, i.location from case_item i
            where not exists (select 1 from report_item ri where ri.case_item_id = i.id)""";

    /** A case counts the reports that name any of its items: the case row and the reports commit together. */
    static final String CASES_WITH_WRONG_REPORT_COUNT = """
            select c.id, c.report_count from case_file c
            where c.report_count <> (select count(distinct ri.report_id) from case_item i
                                     join report_item ri on ri.case_item_id = i.id where i.case_id = c.id)""";

    /** A report with a contact address is told its reference by a mail queued in the report's own transaction. */
    static final String REPORTS_WITH_CONTACT_AND_NO_MAIL = """
            select r.reference from report r where r.contact_email is not null and not exists (
                select 1 from outbox_message m where m.dedupe_key = 'reporter-received:report-' || r.id)""";

    /** A visibility change is told to every active endpoint by a delivery queued in the change's transaction. */
    static final String ITEMS_WITH_FEWER_EVENTS_THAN_CHANGES = """
            select ci.platform_content_id, ci.visibility_sequence, e.id as endpoint, (
                select count(*) from webhook_delivery d where d.endpoint_id = e.id
                and d.ordering_key = 'content:' || ci.platform_content_id and d.event_type like 'content.%') as queued
            from content_item ci cross join webhook_endpoint e
            where e.active and ci.visibility_sequence > (
                select count(*) from webhook_delivery d where d.endpoint_id = e.id
                and d.ordering_key = 'content:' || ci.platform_content_id and d.event_type like 'content.%')""";

    static final String MAIL_NOT_SENT = "select id, dedupe_key, status, attempts from outbox_message "
            + "where status <> 'SENT'";

    static final String WEBHOOKS_NOT_DELIVERED = "select id, event_id, status, attempts, last_error "
            + "from webhook_delivery where endpoint_id = ? and status <> 'SENT'";

    private final TestDatabase database;

    public Consistency(TestDatabase database) {
        this.database = database;
    }

    /** Everything that must hold at any moment, even right after a kill: name → rows that break it. */
    public Map<String, List<Map<String, Object>>> invariants() {
        Map<String, List<Map<String, Object>>> broken = new LinkedHashMap<>();
        broken.put("items hidden without an open case", database.query(HIDDEN_WITHOUT_OPEN_CASE));
        broken.put("reports that name no item", database.query(REPORTS_NAMING_NOTHING));
        broken.put("case items no report names", database.query(CASE_ITEMS_NO_REPORT_NAMES));
        broken.put("cases whose report count is off", database.query(CASES_WITH_WRONG_REPORT_COUNT));
        broken.put("reports with a contact and no mail queued", database.query(REPORTS_WITH_CONTACT_AND_NO_MAIL));
        broken.put("visibility changes with no webhook queued", database.query(ITEMS_WITH_FEWER_EVENTS_THAN_CHANGES));
        broken.values().removeIf(List::isEmpty);
        return broken;
    }

    public Set<String> storedReferences() {
        Set<String> references = new HashSet<>();
        database.query("select reference from report").forEach(row -> references.add((String) row.get("reference")));
        return references;
    }

    /** Acknowledged references the database does not hold: the reports lost. Must be empty. */
    public List<String> lost(Collection<String> acknowledged) {
        Set<String> stored = storedReferences();
        return acknowledged.stream().filter(reference -> !stored.contains(reference)).toList();
    }

    /** The hosted items the acknowledged reports name, with their visibility (none may be VISIBLE). */
    public Map<String, String> hostedItemsNamedBy(Collection<String> references) {
        Set<String> wanted = new HashSet<>(references);
        Map<String, String> named = new TreeMap<>();
        database.query("""
                select r.reference, ci.platform_content_id, ci.visibility from report r
                join report_item ri on ri.report_id = r.id join case_item i on i.id = ri.case_item_id
                join content_item ci on ci.id = i.content_id""").stream()
                .filter(row -> wanted.contains((String) row.get("reference")))
                .forEach(row -> named.put((String) row.get("platform_content_id"), (String) row.get("visibility")));
        return named;
    }

    /** Rows of either outbox not yet sent (the mail outbox), or not delivered to this endpoint. */
    public List<Map<String, Object>> unsent(long endpointId) {
        List<Map<String, Object>> rows = new ArrayList<>(database.query(MAIL_NOT_SENT));
        rows.addAll(database.query(WEBHOOKS_NOT_DELIVERED, endpointId));
        return rows;
    }

    /**
     * How the mail that reached the SMTP server compares with the acknowledged reports that gave a contact address
     * (each address is a report's own): each got its "report received" mail (lost = 0); any address that got it
     * more than once is counted as a duplicate. Rows store the recipient sealed, so the load's own record is the key.
     */
    public Delivery mail(MailServer server, Collection<MixedLoad.Acknowledged> acknowledged) {
        Map<String, Integer> arrived = new HashMap<>();
        server.received().forEach(mail -> arrived.merge(mail.to(), 1, Integer::sum));
        List<String> lost = new ArrayList<>();
        int expected = 0;
        for (MixedLoad.Acknowledged report : acknowledged) {
            if (report.contactEmail() != null) {
                expected++;
                if (!arrived.containsKey(report.contactEmail())) {
                    lost.add(report.contactEmail());
                }
            }
        }
        int duplicates = arrived.values().stream().mapToInt(count -> count - 1).sum();
        return new Delivery(expected, arrived.values().stream().mapToInt(Integer::intValue).sum(), lost, duplicates,
                List.of());
    }

    /**
     * How the events that reached the platform compare with the deliveries queued for it: each delivered row arrived
     * (lost = 0), duplicates by event id, and per item the visibility events in order of their sequence.
     */
    public Delivery webhooks(WebhookReceiver platform, long endpointId) {
        Map<String, Integer> arrived = new HashMap<>();
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (WebhookReceiver.Received received : platform.accepted()) {
            String eventId = received.header("Idempotency-Key");
            arrived.merge(eventId, 1, Integer::sum);
            JsonObject event = Json.createReader(new StringReader(received.body())).readObject();
            if (seen.add(eventId) && event.getString("type").startsWith("content.")) {
                JsonObject data = event.getJsonObject("data");
                sequences.computeIfAbsent(data.getString("contentId"), id -> new ArrayList<>())
                        .add(data.getJsonNumber("sequence").longValue());
            }
        }
        List<String> lost = new ArrayList<>();
        int rows = 0;
        for (Map<String, Object> row : database.query(
                "select event_id from webhook_delivery where endpoint_id = ? and status = 'SENT'", endpointId)) {
            rows++;
            if (!arrived.containsKey((String) row.get("event_id"))) {
                lost.add((String) row.get("event_id"));
            }
        }
        List<String> outOfOrder = new ArrayList<>();
        sequences.forEach((contentId, order) -> {
            if (!order.equals(order.stream().sorted().toList())) {
                outOfOrder.add(contentId + " " + order);
            }
        });
        int duplicates = arrived.values().stream().mapToInt(count -> count - 1).sum();
        return new Delivery(rows, arrived.values().stream().mapToInt(Integer::intValue).sum(), lost, duplicates,
                outOfOrder);
    }

    /** One outbox's rows sent against what the receiver got. */
    public record Delivery(int expected, int received, List<String> lost, int duplicates, List<String> outOfOrder) {
        @Override
        public String toString() {
            return expected + " expected, " + received + " received, " + lost.size() + " lost, " + duplicates
                    + " duplicates" + (outOfOrder.isEmpty() ? "" : ", out of order: " + outOfOrder);
        }
    }

    /** The sweeps not finished: the sweep job must take up every one, even those queued while no portal ran. */
    public List<Map<String, Object>> unfinishedSweeps() {
        return database.query("select id, status, position, last_entry_id from sweep_run where status <> 'DONE'");
    }

    static Set<String> ids(List<Map<String, Object>> rows, String column) {
        Set<String> ids = new TreeSet<>();
        rows.forEach(row -> ids.add(String.valueOf(row.get(column))));
        return ids;
    }
}
