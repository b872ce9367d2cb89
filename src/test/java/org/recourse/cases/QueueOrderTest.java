package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Queue order: one definition, written for JPQL and for SQL")
class QueueOrderTest {

    @Test
    @DisplayName("most urgent first: due time, then severity, then report count, then the older case")
    void jpqlAndSqlSayTheSame() {
        // Act
        String jpql = QueueOrder.jpql("c");
        String sql = QueueOrder.sql();

        // Assert
        assertThat(jpql).isEqualTo("c.queueDueAt, c.severity desc, c.reportCount desc, c.id");
        assertThat(sql).isEqualTo("queue_due_at, severity desc, report_count desc, id");
    }
}
