package org.recourse.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct JDBC access to the database a running portal uses, so tests check what was really stored (and that
 * nothing was stored for bad input) without any test-only endpoint in the product.
 */
public final class TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    public TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** An H2 file database the portal and the test can both open: AUTO_SERVER lets the second one in over TCP. */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    public static TestDatabase h2(String url) {
        return new TestDatabase(url, "recourse", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public long count(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(), rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** Row counts of the tables a report writes to: compared before and after bad input. */
    public Map<String, Long> footprint() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("report", "case_file", "case_item", "report_item")) {
            counts.put(table, count("select count(*) from " + table));
        }
        counts.put("hidden", count("select count(*) from content_item where visibility <> 'VISIBLE'"));
        return counts;
    }

    /**
     * Every value of every column of every application table as text: what a database dump would show. Used to
     * prove that no trace of a reporter (address, browser) was stored anywhere.
     */
    public String dumpAsText() {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("information_schema") || schema.startsWith("pg_"))) {
                        continue;
                    }
                    tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + rs.getString("TABLE_NAME") + "\"");
                }
            }
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                try (PreparedStatement statement = connection.prepareStatement("select * from " + table);
                        ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rs.getObject(c);
                            dump.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) : value).append('\t');
                        }
                        dump.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dump failed", e);
        }
        return dump.toString();
    }
}
