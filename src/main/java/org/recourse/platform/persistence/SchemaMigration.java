package org.recourse.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start, before anything else touches the database. Schema changes are only ever
 * made by migrations in db/migration; Hibernate never generates or alters tables.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.recourse.platform.persistence.RecourseDataSource",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
            // A pooled connection that died with the database is noticed and replaced, not handed out.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/recourse";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** The folder of this database's own migrations: "postgresql" or "h2". */
    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Shared migrations, then the few that differ by database (e.g. PostgreSQL's partial indexes).
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied)");
    }
}
