package org.recourse.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.SlaPolicy;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.intake.IntakeService;
import org.recourse.intake.InvalidSubmissionException;
import org.recourse.intake.LocationResolver;
import org.recourse.intake.ReportFiled;
import org.recourse.intake.ReportRepository;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SubmissionRules;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.ratelimit.SubmissionLimits;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.Wiring;

/**
 * The report API's reader under fuzzing, through to the database: any body is read as {@code POST /api/v1/reports}
 * reads it (a JSON object, every field checked, the rules applied) without an exception, every problem found can be
 * worded in both languages and named in the answer; and the intake service, run for real on H2, stores a report only
 * when the reader and the rules found nothing wrong: whenever they found a problem, not a row is added. Seeds:
 * {@code src/test/resources/org/recourse/intake/rest/ReportRequestFuzzTestInputs/reportBody/}.
 */
@DisplayName("Report API reader and intake under fuzzing")
class ReportRequestFuzzTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages FRENCH = Messages.in(Locale.CANADA_FRENCH);
    private static JpaDatabase database;
    private static EntityManager em;
    private static IntakeService intake;

    @BeforeAll
    static void wire() {
        database = JpaDatabase.h2();
        em = database.entityManager();
        ContentRepository content = Wiring.set(new ContentRepository(), "em", em);
        LocationResolver resolver = Wiring.set(new LocationResolver(), "content", content);
        Wiring.set(resolver, "settings", new PortalSettings() {
            @Override
            public Pattern contentUrlPattern() {
                return Pattern.compile("^https?://[^/?#]+/media/(?<id>[A-Za-z0-9][A-Za-z0-9._:-]{0,199})$");
            }
        });
        intake = new IntakeService();
        Wiring.set(intake, "resolver", resolver);
        Wiring.set(intake, "content", content);
        Wiring.set(intake, "cases", Wiring.set(new CaseRepository(), "em", em));
        Wiring.set(intake, "reports", Wiring.set(new ReportRepository(), "em", em));
        Wiring.set(intake, "policy", SlaPolicy.DEFAULT);
        // The limit is not what is fuzzed: the portal's own submitter is never counted (no limiter is started).
        Wiring.set(intake, "limits", new SubmissionLimits());
        Wiring.set(intake, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        // JpaDatabase starts Hibernate natively, where a flush does not cascade JPA's PERSIST to the items a case gains
        // after it was persisted (a container's JPA bootstrap does): this stand-in for the observers persists them.
        Wiring.set(intake, "filed", new Wiring.KeptEvents<ReportFiled>(filed -> filed.report().items().stream()
                .filter(item -> !em.contains(item)).forEach(em::persist)));
        Wiring.set(intake, "visibilityChanged", new Wiring.KeptEvents<>());
        JpaDatabase.inTransaction(em, () -> {
            if (content.findByPlatformId("fuzz-1").isEmpty()) {
                content.register(new ContentItem("fuzz-1", "https://platform.example/p/fuzz-1", "image/jpeg",
                        "0".repeat(64), "user-1", NOW), null);
            }
        });
    }

    @FuzzTest(maxDuration = "15m")
    @Timeout(10)
    void reportBody(byte[] input) {
        // Arrange
        JsonBodies.Parsed parsed = JsonBodies.readObject(new ByteArrayInputStream(input), ReportsResource.MAX_BODY_BYTES);
        if (parsed.object() == null) {
            assertThat(parsed.error()).isNotBlank();
            return;
        }

        // Act: as ReportsResource.file reads it
        ReportRequestReader reader = new ReportRequestReader();
        ReportSubmission submission = reader.read(parsed.object(), Locale.ENGLISH);
        List<FieldProblem> problems = ReportsResource.everyProblem(reader.problems(), submission);

        // Assert: every problem can be worded and named as the answer names it
        for (FieldProblem problem : problems) {
            assertThat(ENGLISH.get(problem.messageKey(), problem.arguments().toArray())).isNotBlank();
            assertThat(FRENCH.get(problem.messageKey(), problem.arguments().toArray())).isNotBlank();
            assertThat(ReportsResource.apiField(problem, submission)).startsWith(problem.field());
        }
        assertThat(problems).containsAll(reader.problems());
        if (!reader.problems().isEmpty()) {
            return; // the resource answers 422 and never calls the service
        }

        // Act: the one transaction that files a report
        long reportsBefore = database.jdbc().count("select count(*) from report");
        long casesBefore = database.jdbc().count("select count(*) from case_file");
        List<FieldProblem> rules = SubmissionRules.check(submission);
        Throwable refused = catchThrowable(() -> JpaDatabase.inTransaction(em, () -> intake.file(submission, Submitter.Internal.STAY_DOWN_SCREENING)));

        // Assert: stored exactly when nothing was wrong
        long reportsAfter = database.jdbc().count("select count(*) from report");
        if (refused == null) {
            assertThat(rules).as("stored although the rules found problems").isEmpty();
            assertThat(reportsAfter).isEqualTo(reportsBefore + 1);
        } else {
            assertThat(refused).isInstanceOf(InvalidSubmissionException.class);
            List<FieldProblem> found = new ArrayList<>(((InvalidSubmissionException) refused).problems());
            assertThat(found).isNotEmpty();
            assertThat(reportsAfter).as("a refused report stored nothing").isEqualTo(reportsBefore);
            assertThat(database.jdbc().count("select count(*) from case_file")).isEqualTo(casesBefore);
        }
    }
}
