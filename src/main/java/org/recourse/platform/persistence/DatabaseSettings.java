package org.recourse.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database to use. With no {@code recourse.db.url} the portal runs on an H2 file database in the data folder
 * (RECOURSE_DATA_DIR, default ./data); a {@code jdbc:postgresql:} URL selects PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password) {

    /** H2 speaking PostgreSQL's dialect, so that one set of migrations serves both databases. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static DatabaseSettings resolve(Optional<String> url, Optional<String> user, Optional<String> password,
            Path dataDir) {
        String effectiveUrl = url.filter(u -> !u.isBlank())
                .orElseGet(() -> "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("recourse") + H2_OPTIONS);
        if (!effectiveUrl.startsWith("jdbc:h2:") && !effectiveUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("RECOURSE_DB_URL must start with jdbc:postgresql: (or jdbc:h2:), not "
                    + effectiveUrl.substring(0, Math.min(20, effectiveUrl.length())) + "...");
        }
        boolean h2 = effectiveUrl.startsWith("jdbc:h2:");
        return new DatabaseSettings(effectiveUrl,
                user.orElse(h2 ? "recourse" : null),
                password.orElse(h2 ? "" : null));
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }
}
