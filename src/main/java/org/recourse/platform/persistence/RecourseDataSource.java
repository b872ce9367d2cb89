package org.recourse.platform.persistence;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source Payara pools. It reads {@link DatabaseSettings} from MicroProfile Config when first used and hands
 * out connections of the H2 or PostgreSQL driver accordingly, so that one WAR runs on either without editing a
 * descriptor: RECOURSE_DB_URL alone switches the database.
 */
public class RecourseDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(settings());
                }
                current = delegate;
            }
        }
        return current;
    }

    static DatabaseSettings settings() {
        Config config = ConfigProvider.getConfig(RecourseDataSource.class.getClassLoader());
        Path dataDir = dataDir();
        return DatabaseSettings.resolve(config.getOptionalValue("recourse.db.url", String.class),
                config.getOptionalValue("recourse.db.user", String.class),
                config.getOptionalValue("recourse.db.password", String.class), dataDir);
    }

    /** The data folder (RECOURSE_DATA_DIR), where the embedded database lives. */
    static Path dataDir() {
        Config config = ConfigProvider.getConfig(RecourseDataSource.class.getClassLoader());
        return Path.of(config.getOptionalValue("recourse.data.dir", String.class).orElse("./data"));
    }

    private static DataSource create(DatabaseSettings settings) {
        if (settings.isH2()) {
            createDataDir(settings.url());
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
        postgres.setURL(settings.url());
        postgres.setUser(settings.user());
        postgres.setPassword(settings.password());
        return postgres;
    }

    private static void createDataDir(String h2Url) {
        String prefix = "jdbc:h2:file:";
        if (h2Url.startsWith(prefix)) {
            String file = h2Url.substring(prefix.length()).split(";", 2)[0];
            try {
                Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot create the data folder for " + file, e);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
