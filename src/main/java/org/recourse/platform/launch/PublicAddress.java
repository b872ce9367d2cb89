package org.recourse.platform.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The portal's address when nobody said it: {@code java -jar recourse.jar --port 9090} serves at
 * {@code http://localhost:9090}, and the links in its mails and the demo platform's webhooks must say so too. Without
 * this, the configured default ({@code http://localhost:8080}) sent the demo's webhooks to a port nothing listens on,
 * and readiness turned DOWN a quarter of an hour later. Only when {@code RECOURSE_PUBLIC_URL} (or the
 * {@code recourse.public-url} property) is not set: a deployment that says its address keeps it.
 */
final class PublicAddress {

    static final String PROPERTY = "recourse.public-url";

    /** The environment variables MicroProfile Config reads for {@link #PROPERTY}. */
    private static final List<String> VARIABLES = List.of("RECOURSE_PUBLIC_URL", "recourse_public_url",
            "recourse.public-url");

    private PublicAddress() {
    }

    /**
     * {@code http://localhost:<port>} when Payara Micro's options give {@code --port} with a port number and neither the
     * environment nor a system property sets the address; empty otherwise (the configured default stands).
     */
    static Optional<String> implied(List<String> args, Map<String, String> env, Properties properties) {
        if (properties.getProperty(PROPERTY) != null || VARIABLES.stream().anyMatch(env::containsKey)) {
            return Optional.empty();
        }
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equalsIgnoreCase("--port") && args.get(i + 1).matches("[0-9]{1,5}")) {
                int port = Integer.parseInt(args.get(i + 1));
                return port >= 1 && port <= 65_535 ? Optional.of("http://localhost:" + port) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
