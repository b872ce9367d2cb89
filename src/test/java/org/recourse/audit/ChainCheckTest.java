package org.recourse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The walk that verifies the audit chain, without a database: rows held in memory behind a stand-in EntityManager
 * that answers only the walk's page query. What AuditChainTest checks on H2 and PostgreSQL (a changed row, a missing
 * one, a cut-off end, another key) is not repeated; this adds the page boundaries, a broken link, a missing start,
 * an empty log, and that rows are let go once checked.
 */
@DisplayName("Chain check: the walk names the first row that does not fit")
class ChainCheckTest {

    private static final ChainKey KEY = new ChainKey("tests-only audit chain key, 32+b".getBytes(StandardCharsets.UTF_8));
    private static final ChainKey OTHER = new ChainKey("another key, not the portal's 32".getBytes(StandardCharsets.UTF_8));
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** Rows as the portal appends them, with ways to spoil one. */
    private static final class Log {

        final List<AuditEvent> rows = new ArrayList<>();
        String last = AuditEvent.GENESIS;

        Log append(long id, ChainKey key, String linkedTo) {
            AuditEvent row = new AuditEvent(id, T0.plusSeconds(id), "admin", "test.action", "subject", "detail " + id,
                    linkedTo, key.mac());
            rows.add(row);
            last = row.hash();
            return this;
        }

        Log append(long id) {
            return append(id, KEY, last);
        }

        Log appendAll(long from, long to) {
            for (long id = from; id <= to; id++) {
                append(id);
            }
            return this;
        }

        ChainCheck.Head head() {
            return new ChainCheck.Head(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id(), last, ChainSealing.KEYED);
        }
    }

    /** The page query and detach, over rows in memory; anything else the walk might start asking fails loudly. */
    private static final class PagedRows {

        final List<AuditEvent> rows;
        int pagesRead;
        int detached;

        PagedRows(List<AuditEvent> rows) {
            this.rows = rows.stream().sorted(Comparator.comparing(AuditEvent::id)).toList();
        }

        EntityManager entityManager() {
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                        case "createQuery" -> page((String) arguments[0]);
                        case "detach" -> {
                            detached++;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException("The walk asked for " + method);
                    });
        }

        @SuppressWarnings("unchecked")
        private TypedQuery<AuditEvent> page(String jpql) {
            assertThat(jpql).isEqualTo("select e from AuditEvent e where e.id >= :from order by e.id");
            long[] from = {0};
            int[] max = {Integer.MAX_VALUE};
            return (TypedQuery<AuditEvent>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TypedQuery.class}, (query, method, arguments) -> switch (method.getName()) {
                        case "setParameter" -> {
                            from[0] = ((Number) arguments[1]).longValue();
                            yield query;
                        }
                        case "setMaxResults" -> {
                            max[0] = (Integer) arguments[0];
                            yield query;
                        }
                        case "getResultList" -> {
                            pagesRead++;
                            yield rows.stream().filter(row -> row.id() >= from[0]).limit(max[0]).toList();
                        }
                        default -> throw new UnsupportedOperationException("The walk asked for " + method);
                    });
        }
    }

    private static AuditLog.Verification walk(PagedRows rows, ChainCheck.Head head) {
        Mac mac = KEY.mac();
        return ChainCheck.walk(rows.entityManager(), head, row -> row.keyedHash(mac));
    }

    @Test
    @DisplayName("an intact chain of several pages verifies; each row is read once and let go")
    void intactOverPages() {
        // Arrange
        Log log = new Log().appendAll(1, 2 * ChainCheck.PAGE + 345);
        PagedRows rows = new PagedRows(log.rows);

        // Act
        AuditLog.Verification result = walk(rows, log.head());

        // Assert
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(2 * ChainCheck.PAGE + 345);
        assertThat(rows.pagesRead).isEqualTo(3);
        assertThat(rows.detached).isEqualTo(2 * ChainCheck.PAGE + 345);
    }

    @Test
    @DisplayName("an empty log is intact")
    void empty() {
        // Act
        AuditLog.Verification result = walk(new PagedRows(List.of()), new Log().head());

        // Assert
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isZero();
    }

    @Test
    @DisplayName("a row missing where a page ends is named, with the rows that are gone")
    void missingAtPageBoundary() {
        // Arrange: row 1001 deleted (the first row of the second page)
        Log log = new Log().appendAll(1, 2_100);
        List<AuditEvent> remaining = log.rows.stream().filter(row -> row.id() != ChainCheck.PAGE + 1).toList();

        // Act
        AuditLog.Verification result = walk(new PagedRows(remaining), log.head());

        // Assert
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.MISSING);
        assertThat(result.firstBrokenId()).isEqualTo(ChainCheck.PAGE + 2);
        assertThat(result.problemArguments()).containsExactly((long) ChainCheck.PAGE + 1, (long) ChainCheck.PAGE + 1);
        assertThat(result.rowsChecked()).isEqualTo(ChainCheck.PAGE);
    }

    @Test
    @DisplayName("rows missing from the very start are named")
    void missingStart() {
        // Arrange
        Log log = new Log().appendAll(1, 5);
        List<AuditEvent> remaining = log.rows.subList(2, 5);

        // Act
        AuditLog.Verification result = walk(new PagedRows(remaining), log.head());

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.MISSING);
        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.problemArguments()).containsExactly(1L, 2L);
        assertThat(result.problemIn(Locale.ENGLISH)).isEqualTo("Rows 1 to 2 are missing.");
    }

    @Test
    @DisplayName("a row sealed under the key but linked past the row before it is a broken link, not a change")
    void brokenLink() {
        // Arrange: row 5 links to row 3, as if row 4 had been cut out and the ids shifted back
        Log log = new Log().appendAll(1, 4);
        String third = log.rows.get(2).hash();
        log.append(5, KEY, third).appendAll(6, 7);

        // Act
        AuditLog.Verification result = walk(new PagedRows(log.rows), log.head());

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.LINK);
        assertThat(result.firstBrokenId()).isEqualTo(5);
        assertThat(result.rowsChecked()).isEqualTo(4);
    }

    @Test
    @DisplayName("the first row must link to the genesis hash")
    void firstRowLinksToGenesis() {
        // Arrange
        Log log = new Log().append(1, KEY, "ab".repeat(32)).appendAll(2, 3);

        // Act
        AuditLog.Verification result = walk(new PagedRows(log.rows), log.head());

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.LINK);
        assertThat(result.firstBrokenId()).isEqualTo(1);
    }

    @Test
    @DisplayName("a row in its place, with the right link, but sealed under another key is named as altered")
    void sealedUnderAnotherKey() {
        // Arrange: whoever wrote row 4 had the database, not the key
        Log log = new Log().appendAll(1, 3);
        log.append(4, OTHER, log.last).appendAll(5, 6);

        // Act
        AuditLog.Verification result = walk(new PagedRows(log.rows), log.head());

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.ALTERED);
        assertThat(result.firstBrokenId()).isEqualTo(4);
    }

    @Test
    @DisplayName("an end cut off exactly at a page boundary is named, with where the log ends and where it should")
    void cutOffAtPageBoundary() {
        // Arrange: 1,002 rows were written, the last two deleted
        Log log = new Log().appendAll(1, ChainCheck.PAGE + 2);
        List<AuditEvent> remaining = log.rows.subList(0, ChainCheck.PAGE);

        // Act
        AuditLog.Verification result = walk(new PagedRows(remaining), log.head());

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.CUT_OFF);
        assertThat(result.firstBrokenId()).isEqualTo(ChainCheck.PAGE + 1);
        assertThat(result.problemArguments()).containsExactly((long) ChainCheck.PAGE, (long) ChainCheck.PAGE + 2);
        assertThat(result.rowsChecked()).isEqualTo(ChainCheck.PAGE);
    }

    @Test
    @DisplayName("the head must name the last row's own hash, not only its id")
    void headNamesTheLastHash() {
        // Arrange
        Log log = new Log().appendAll(1, 3);
        ChainCheck.Head head = new ChainCheck.Head(3, "cd".repeat(32), ChainSealing.KEYED);

        // Act
        AuditLog.Verification result = walk(new PagedRows(log.rows), head);

        // Assert
        assertThat(result.problem()).isEqualTo(AuditLog.Problem.CUT_OFF);
        assertThat(result.problemArguments()).containsExactly(3L, 3L);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AuditLog.Problem.class)
    @DisplayName("every problem is said in both languages, with its numbers")
    void problemInWords(AuditLog.Problem problem) {
        // Arrange
        AuditLog.Verification verification = AuditLog.Verification.broken(10, 12, problem, 11L, 12L);

        // Act
        String english = verification.problemIn(Locale.ENGLISH);
        String french = verification.problemIn(Locale.CANADA_FRENCH);

        // Assert
        assertThat(Set.of(english, french)).hasSize(2).noneMatch(String::isBlank);
        if (problem == AuditLog.Problem.MISSING || problem == AuditLog.Problem.CUT_OFF) {
            assertThat(english).contains("11", "12");
            assertThat(french).contains("11", "12");
        }
        assertThat(AuditLog.Verification.intact(3).problemIn(Locale.ENGLISH)).isNull();
    }
}
