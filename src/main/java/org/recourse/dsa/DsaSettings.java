package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.outbox.Backoff;
import org.recourse.platform.secrets.SecretSeal;

/**
 * Whether statements go to the EU transparency database (off by default), its address (no default: the sandbox's
 * and production's addresses come with onboarding, docs/dsa-research.md §1), the token it issued (a secret: never logged, never on a page), the territorial scope, the platform's
 * published terms, and the outbox's waits. docs/legal.md says how to connect to the production database.
 */
@ApplicationScoped
public class DsaSettings {

    /** The production database, named on the admin page when it is the one configured. */
    public static final String PRODUCTION_HOST = "transparency.dsa.ec.europa.eu";

    @Inject
    @ConfigProperty(name = "recourse.dsa.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "recourse.dsa.url")
    Optional<String> url = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.dsa.token")
    Optional<String> token = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.dsa.territorial-scope", defaultValue = "EEA")
    String territorialScope;

    @Inject
    @ConfigProperty(name = "recourse.dsa.terms-url")
    Optional<String> termsUrl = Optional.empty();

    @Inject
    @ConfigProperty(name = "recourse.dsa.timeout", defaultValue = "PT30S")
    String timeout;

    @Inject
    @ConfigProperty(name = "recourse.dsa.retry.first-delay", defaultValue = "PT1M")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "recourse.dsa.retry.max-delay", defaultValue = "PT1H")
    String maxDelay;

    public boolean enabled() {
        return enabled;
    }

    /** Where the batches go: {@code <url>/api/v1/statements}; empty until an address is set. */
    public Optional<URI> statementsUrl() {
        return url.map(String::strip).filter(value -> !value.isEmpty())
                .map(base -> URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                        + "/api/v1/statements"));
    }

    /** Whether the address is the Commission's production database. */
    public boolean isProduction() {
        return statementsUrl().map(URI::getHost).filter(PRODUCTION_HOST::equalsIgnoreCase).isPresent();
    }

    /** For the client only. */
    Optional<String> token() {
        return token.map(String::strip).filter(value -> !value.isEmpty());
    }

    /** {@code EEA} (the default), {@code EU}, or country codes separated by commas. */
    public List<String> territorialScope() {
        String scope = territorialScope.strip();
        if (scope.equalsIgnoreCase("EEA")) {
            return DsaVocabulary.EEA;
        }
        if (scope.equalsIgnoreCase("EU")) {
            return DsaVocabulary.EEA.stream().filter(code -> !List.of("IS", "LI", "NO").contains(code)).toList();
        }
        return Arrays.stream(scope.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    public Optional<String> termsUrl() {
        return termsUrl.map(String::strip).filter(value -> !value.isEmpty());
    }

    public Duration timeout() {
        return Duration.parse(timeout);
    }

    public Backoff backoff() {
        return new Backoff(Duration.parse(firstDelay), Duration.parse(maxDelay));
    }

    /** How long a claimed batch stays untouchable by other nodes: longer than one call can take. */
    public Duration claimFor() {
        return timeout().multipliedBy(2).plusSeconds(30);
    }

    /** The mapping with the portal's puid key (derived from the secrets key). */
    public DsaMapping mapping() {
        return new DsaMapping(new Puid(SecretSeal.current().derive(Puid.PURPOSE)), territorialScope(), termsUrl());
    }
}
