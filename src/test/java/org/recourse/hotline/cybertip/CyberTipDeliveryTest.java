package org.recourse.hotline.cybertip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.hotline.OpenedRecords.aRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.hotline.DeliveryFailure;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.ReportContent;
import org.recourse.hotline.ReportContents;
import org.recourse.hotline.OpenedRecords;
import org.recourse.testing.CyberTiplineReceiver;

@DisplayName("A CyberTip delivery: resumes where it stopped, never files twice")
class CyberTipDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private CyberTiplineReceiver receiver;
    private CyberTipDelivery delivery;
    private OpenedEvidence record;
    private ReportContent content;

    @BeforeEach
    void start() {
        receiver = CyberTiplineReceiver.start("esp", "s3cret");
        delivery = new CyberTipDelivery(new CyberTipClient(URI.create(receiver.url()), "esp", "s3cret",
                Duration.ofSeconds(5)), true);
        record = aRecord().withFile("content/2.jpg", "image/jpeg", "second".getBytes(StandardCharsets.UTF_8))
                .viewedByReviewer().build();
        content = ReportContents.of(record, OpenedRecords.reporter(), OpenedRecords.contact(), NOW);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    @DisplayName("files the report with every file, each MD5 as the receiver computed it, each described")
    void files() throws Exception {
        // Arrange
        Steps steps = new Steps();

        // Act
        HotlineDelivery.Outcome outcome = delivery.deliver(record, content, steps);

        // Assert
        assertThat(receiver.finished()).hasSize(1);
        CyberTiplineReceiver.Report filed = receiver.finished().get(0);
        assertThat(outcome).isEqualTo(new HotlineDelivery.Filed(Long.toString(filed.id())));
        assertThat(filed.files()).extracting(CyberTiplineReceiver.UploadedFile::md5)
                .containsExactly(record.files().get(0).md5(), record.files().get(1).md5());
        assertThat(filed.files()).allMatch(file -> file.details() != null
                && file.details().contains("<fileViewedByEsp>true</fileViewedByEsp>"));
        assertThat(steps.described).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    @DisplayName("a receiver that goes down halfway: the next attempt resumes, one report with each file once")
    void resumes() throws Exception {
        // Arrange
        Steps steps = new Steps();
        steps.afterUpload = receiver::down;

        // Act
        assertThatThrownBy(() -> delivery.deliver(record, content, steps)).isInstanceOf(DeliveryFailure.class)
                .matches(e -> ((DeliveryFailure) e).isTransient());
        receiver.up();
        steps.afterUpload = () -> { };
        delivery.deliver(record, content, steps);

        // Assert
        assertThat(receiver.reports()).hasSize(1);
        assertThat(receiver.finished()).hasSize(1);
        assertThat(receiver.finished().get(0).files()).hasSize(2);
    }

    @Test
    @DisplayName("finished by an earlier attempt that stopped before storing it: 5102 counts as filed, not resent")
    void alreadyFinished() throws Exception {
        // Arrange
        Steps steps = new Steps();
        delivery.deliver(record, content, steps);

        // Act
        HotlineDelivery.Outcome again = delivery.deliver(record, content, steps);

        // Assert
        assertThat(again).isInstanceOf(HotlineDelivery.Filed.class);
        assertThat(receiver.reports()).hasSize(1);
    }

    @Test
    @DisplayName("a report the service no longer knows (5001) is forgotten, and opened again next time")
    void lostReport() throws Exception {
        // Arrange
        Steps steps = new Steps();
        steps.reportId = "123";

        // Act
        assertThatThrownBy(() -> delivery.deliver(record, content, steps)).isInstanceOf(DeliveryFailure.class)
                .matches(e -> ((DeliveryFailure) e).isTransient());
        delivery.deliver(record, content, steps);

        // Assert
        assertThat(steps.lost).isTrue();
        assertThat(receiver.finished()).hasSize(1);
    }

    @Test
    @DisplayName("a refusal of what we sent is not retried: the receiver's 5101 after a retract")
    void retractedOutside() throws Exception {
        // Arrange
        Steps steps = new Steps();
        steps.afterUpload = () -> {
            try {
                new CyberTipClient(URI.create(receiver.url()), "esp", "s3cret", Duration.ofSeconds(5))
                        .retract(Long.parseLong(steps.reportId));
            } catch (CyberTipException e) {
                throw new IllegalStateException(e);
            }
        };

        // Act / Assert
        assertThatThrownBy(() -> delivery.deliver(record, content, steps)).isInstanceOf(DeliveryFailure.class)
                .matches(e -> !((DeliveryFailure) e).isTransient());
        assertThat(receiver.finished()).isEmpty();
    }

    /** The steps stored in memory, as the outbox stores them in the database. */
    static final class Steps implements HotlineDelivery.Progress {
        String reportId;
        final Map<Integer, String> files = new HashMap<>();
        final Set<Integer> described = new HashSet<>();
        boolean lost;
        Runnable afterUpload = () -> { };

        @Override
        public Optional<String> reportId() {
            return Optional.ofNullable(reportId);
        }

        @Override
        public Optional<String> fileId(int position) {
            return Optional.ofNullable(files.get(position));
        }

        @Override
        public boolean described(int position) {
            return described.contains(position);
        }

        @Override
        public void opened(String id) {
            reportId = id;
        }

        @Override
        public void uploaded(int position, String fileId, String md5) {
            files.put(position, fileId);
            afterUpload.run();
        }

        @Override
        public void fileDescribed(int position) {
            described.add(position);
        }

        @Override
        public void lost() {
            lost = true;
            reportId = null;
            files.clear();
            described.clear();
        }
    }
}
