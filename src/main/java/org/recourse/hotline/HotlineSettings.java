package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.outbox.Backoff;

/**
 * How hotline reports are made: whether the CyberTipline is used, its address (NCMEC's test environment unless set),
 * the credentials NCMEC issued (the password is a secret: never logged, never on a page), the reporting organisation's
 * people, and the outbox's retries. docs/legal.md says how to connect to the real CyberTipline.
 */
@ApplicationScoped
public class HotlineSettings {

    /** NCMEC's test environment: the default, so nothing reaches the real CyberTipline by mistake. */
    public static final String TEST_URL = "https://exttest.cybertip.org/ispws";
    public static final String PRODUCTION_URL = "https://report.cybertip.org/ispws";
    public static final String NCMEC = "ncmec";

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.url", defaultValue = TEST_URL)
    String url;

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.username")
    Optional<String> username = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.password")
    Optional<String> password = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.timeout", defaultValue = "PT30S")
    String timeout;

    /** Validate against the schema the service serves at /xsd too (fetched once per run), besides ours. */
    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.validate-served-schema", defaultValue = "true")
    boolean validateServedSchema;

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.first-name")
    Optional<String> reporterFirstName = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.last-name")
    Optional<String> reporterLastName = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.email")
    Optional<String> reporterEmail = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.phone")
    Optional<String> reporterPhone = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.contact.first-name")
    Optional<String> contactFirstName = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.contact.last-name")
    Optional<String> contactLastName = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.contact.email")
    Optional<String> contactEmail = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.reporter.contact.phone")
    Optional<String> contactPhone = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.hotline.retry.first-delay", defaultValue = "PT30S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.hotline.retry.max-delay", defaultValue = "PT1H")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "recourse.hotline.give-up-after", defaultValue = "PT24H")
    String giveUpAfter;

    /**
     * Whether the CyberTip carries the reviewer's industry classification: NCMEC asks for it only from companies that
     * executed the MOU of its Industry Hash Sharing Platform; without it, turn this off and files go unclassified.
     */
    @Inject
    @ConfigProperty(name = "recourse.hotline.ncmec.industry-classification", defaultValue = "true")
    boolean industryClassification;

    public boolean ncmecIndustryClassification() {
        return industryClassification;
    }

    public boolean ncmecEnabled() {
        return enabled;
    }

    public URI ncmecUrl() {
        return URI.create(url.strip());
    }

    /** Whether the address is NCMEC's production service (the case page and the admin page say so). */
    public boolean isProduction() {
        return ncmecUrl().getHost() != null
                && ncmecUrl().getHost().equalsIgnoreCase(URI.create(PRODUCTION_URL).getHost());
    }

    public Optional<String> ncmecUsername() {
        return username.filter(value -> !value.isBlank());
    }

    /** For the client only. */
    Optional<String> ncmecPassword() {
        return password.filter(value -> !value.isBlank());
    }

    public Duration timeout() {
        return Duration.parse(timeout);
    }

    public boolean validateServedSchema() {
        return validateServedSchema;
    }

    public ReportContent.Person reporter() {
        return person(reporterFirstName, reporterLastName, reporterEmail, reporterPhone);
    }

    public ReportContent.Person contact() {
        return person(contactFirstName, contactLastName, contactEmail, contactPhone);
    }

    public HotlineRetryPolicy retryPolicy() {
        return new HotlineRetryPolicy(new Backoff(Duration.parse(firstDelay), Duration.parse(maxDelay)),
                Duration.parse(giveUpAfter));
    }

    /** How long a claimed report stays untouchable by other nodes: longer than one attempt (many calls) can take. */
    public Duration claimFor() {
        return timeout().multipliedBy(10).plusSeconds(60);
    }

    private static ReportContent.Person person(Optional<String> first, Optional<String> last, Optional<String> email,
            Optional<String> phone) {
        return new ReportContent.Person(value(first), value(last), value(email), value(phone));
    }

    private static String value(Optional<String> setting) {
        return setting.map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }
}
