package org.recourse.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recourse.clients.ApiKey;
import org.recourse.testing.MailServer;
import org.recourse.testing.PayaraProcess;
import org.recourse.testing.TestDatabase;
import org.recourse.testing.WebhookReceiver;

/**
 * Everything a fault scenario runs against: a PostgreSQL of its own (which it may restart), an SMTP server, the
 * platform's webhook receiver, an API key for the load's screens and look-ups, and the environment that points the
 * packaged portal at all of them with jobs that run every second. The demo stays on: its twelve hosted items are what
 * the load reports.
 */
public final class FaultBench implements AutoCloseable {

    static final String WEBHOOK_SECRET = "whsec_faults-harness-platform-secret";

    private final String scenario;
    private final OwnPostgres postgres;
    private final TestDatabase database;
    private final MailServer mail;
    private final WebhookReceiver platform;
    private final ApiKey key = ApiKey.generate();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Consistency consistency;
    private long endpointId;

    private FaultBench(String scenario) {
        this.scenario = scenario;
        this.postgres = OwnPostgres.start(scenario);
        this.database = postgres.newDatabase(scenario.replaceAll("[^a-z0-9]", ""));
        this.mail = MailServer.onFreePort().start();
        this.platform = WebhookReceiver.start();
        this.consistency = new Consistency(database);
        environment.putAll(Map.of("RECOURSE_DB_URL", database.url(), "RECOURSE_DB_USER", database.user(),
                "RECOURSE_DB_PASSWORD", database.password(), "RECOURSE_RATE_LIMIT_REPORTS", "1000000",
                "RECOURSE_JOBS_OUTBOX_INTERVAL", "PT1S", "RECOURSE_JOBS_WEBHOOK_INTERVAL", "PT1S",
                "RECOURSE_MAIL_SMTP_HOST", "127.0.0.1", "RECOURSE_MAIL_SMTP_PORT", Integer.toString(mail.port()),
                "RECOURSE_MAIL_SMTP_STARTTLS", "false"));
        // Claims that lapse in seconds, not the production ten minutes: after a kill, what the dead node had claimed
        // is sent again within the scenario (a claim must outlast a send; these receivers answer at once).
        environment.putAll(Map.of("RECOURSE_MAIL_CLAIM_FOR", "PT20S", "RECOURSE_WEBHOOKS_TIMEOUT", "PT2S",
                // The test's receiver is on loopback, as a platform on the same premises would be: allowed by name.
                "RECOURSE_WEBHOOKS_ALLOWED_PRIVATE_RANGES", "127.0.0.0/8"));
    }

    /** A scenario's bench; its name ("kill-ten-times") names the database and target/faults/{name}.md. */
    public static FaultBench open(String scenario) {
        return new FaultBench(scenario);
    }

    /** Adds or overrides portal settings as environment variables (RECOURSE_...). */
    public FaultBench with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** Starts the packaged portal; the first start migrates the schema, then the key and endpoint are added. */
    public PayaraProcess startPortal(String name) {
        PayaraProcess portal = PayaraProcess.start(scenario + "-" + name, environment);
        if (endpointId == 0) {
            prepare();
        }
        return portal;
    }

    /** The platform's API key (screen, read visibility) and its webhook endpoint, as an admin would have made them. */
    private void prepare() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        execute("""
                insert into api_client (name, key_prefix, key_hash, scopes, created_at, created_by)
                values ('Platform', ?, ?, 'content:register content:read screen', ?, 'faults')""",
                key.prefix(), key.hash(), now);
        execute("""
                insert into webhook_endpoint (url, secret, active, created_at, created_by)
                values (?, ?, true, ?, 'faults')""", platform.url(), WEBHOOK_SECRET, now);
        endpointId = database.count("select max(id) from webhook_endpoint where created_by = 'faults'");
    }

    /** Runs one statement on the scenario's database (the portal may be down). */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String scenario() {
        return scenario;
    }

    public OwnPostgres postgres() {
        return postgres;
    }

    public TestDatabase database() {
        return database;
    }

    public Consistency consistency() {
        return consistency;
    }

    public MailServer mail() {
        return mail;
    }

    public WebhookReceiver platform() {
        return platform;
    }

    public ApiKey key() {
        return key;
    }

    public long endpointId() {
        return endpointId;
    }

    @Override
    public void close() {
        mail.stop();
        platform.close();
        postgres.close();
    }
}
