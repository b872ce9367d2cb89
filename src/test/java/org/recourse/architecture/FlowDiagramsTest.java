package org.recourse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flow of a report and of a screened upload (docs/flow-report.svg, docs/flow-upload.svg): written here, from
 * reading the code, as who calls whom in order; checked against the code (every class, method and observer named
 * must exist) and drawn into the committed files, which {@code -Ddiagram.write=true} writes again.
 */
@DisplayName("Flow diagrams: a report and a screened upload, as the code runs them")
class FlowDiagramsTest {

    static final String REGENERATE = "mvn -q test -Dtest=FlowDiagramsTest -Ddiagram.write=true";

    private static final JavaClasses MAIN = PackageGraph.mainClasses();

    /** A report, by the form or the API: IntakeService.file, one transaction. */
    static SequenceDiagram report() {
        return SequenceDiagram.titled("How a report is filed",
                        "POST /report or POST /api/v1/reports; docs/architecture.md, \"How a report is filed\"")
                .actor("reporter", "reporter", "(browser, API)")
                .classes("entry", "ReportForm", "ReportsResource")
                .classes("intake", "IntakeService")
                .classes("checks", "SubmissionLimits", "SubmissionRules", "LocationResolver")
                .classes("content", "ContentRepository", "ContentItem")
                .classes("cases", "CaseRepository", "Case")
                .classes("reports", "ReportRepository")
                .classes("observers", "WebhookOutbox", "StayDown", "ReporterNotifications", "RecourseMetrics")
                .call("reporter", "entry", "submit() / file(json)", "submit")
                .call("entry", "intake", "file(submission, submitter)", "file")
                .note("intake", "observers", "one transaction (@Transactional): nothing is stored unless every step "
                        + "passes,\nand the events' observers write in it too")
                .call("intake", "checks", "count(submitter).orRefuse()", "count", "429 over the limit")
                .call("intake", "checks", "check(submission)", "check", "every broken rule at once")
                .call("intake", "checks", "resolve(location)", "resolve", "a registered item, or an outside address")
                .call("intake", "content", "lockForUpdate(items)", "lockForUpdate", "in id order")
                .call("intake", "cases", "openItemsForContent(ids)", "openItemsForContent", "an open case holding them?")
                .call("intake", "cases", "joinReport(...) | Case.open(...)", "joinReport", "then addHostedItem(...)")
                .call("intake", "content", "hideForReview(now)", "hideForReview")
                .event("intake", "observers", "VisibilityChanged", "webhooks; PDQ pending", "WebhookOutbox",
                        "StayDown")
                .call("intake", "reports", "add(report)", "add", "under a new Reference")
                .event("intake", "observers", "ReportFiled", "mail if consented; counts", "ReporterNotifications",
                        "RecourseMetrics")
                .reply("intake", "entry", "Receipt")
                .reply("entry", "reporter", "the page (ReceiptView) / 201 + JSON")
                .note("reporter", "intake", "sent only after the commit: never for content still shown");
    }

    /** An upload screened before the platform publishes it: UploadScreening.screen, one transaction. */
    static SequenceDiagram upload() {
        return SequenceDiagram.titled("How an upload is screened",
                        "POST /api/v1/screen with an API key of scope screen; docs/architecture.md, \"How content "
                                + "stays down\"")
                .actor("platform", "platform", "(upload service)")
                .classes("resource", "ScreenResource")
                .classes("screening", "UploadScreening")
                .classes("hashes", "ImageHashes", "PdqHasher")
                .classes("matching", "HashBanks", "MatchIndex")
                .classes("guards", "UploaderBans", "FloodGuard")
                .classes("registry", "ContentRegistry")
                .classes("intake", "IntakeService")
                .classes("cases", "CaseRepository", "CaseItem")
                .call("platform", "resource", "screen(json)", "screen", "bytes, or hashes as sent")
                .call("resource", "screening", "screen(upload)", "screen")
                .note("screening", "cases", "one transaction (@Transactional)")
                .call("screening", "hashes", "of(bytes, decoder)", "of", "SHA-256, MD5, PDQ of 8 turns and flips")
                .call("screening", "matching", "activeExact(type, hash)", "activeExact", "SHA-256, MD5 in the banks")
                .call("screening", "matching", "near(variants)", "near", "PDQ within 31, after the change log")
                .call("screening", "guards", "active(uploaderId)", "active", "a banned uploader?")
                .call("screening", "guards", "hold(entries)", "hold", "unconfirmed survivors' hashes: counted")
                .note("screening", "guards", "ALLOW (or a hold of a quarantined entry):\nanswer now, nothing "
                        + "stored")
                .call("screening", "registry", "register(registration)", "register", "the upload as an item")
                .call("screening", "intake", "file(report, STAY_DOWN_SCREENING)", "file", "a system report")
                .note("registry", "cases", "the report flow (flow-report.svg): the upload is hidden, and\njoins "
                        + "the pending original's case or opens one")
                .call("screening", "cases", "openItemsForContent(ids)", "openItemsForContent")
                .call("screening", "cases", "recordMatch(source, distance, case)", "recordMatch", "on the case item")
                .reply("screening", "resource", "Verdict  BLOCK | HOLD | ALLOW")
                .reply("resource", "platform", "200 {verdict, matches, case}");
    }

    /** A flow and the file it is drawn into. */
    record Flow(SequenceDiagram diagram, Path file) {
    }

    static Stream<Named<Flow>> flows() {
        return Stream.of(Named.of("a report", new Flow(report(), Path.of("docs", "flow-report.svg"))),
                Named.of("a screened upload", new Flow(upload(), Path.of("docs", "flow-upload.svg"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    @DisplayName("every class, method and observer the flow names is in the code")
    void namesTheCode(Flow flow) {
        // Arrange
        SequenceDiagram diagram = flow.diagram();

        // Act / Assert
        assertThat(diagram.problems(MAIN)).as("the flow no longer matches the code: fix it in FlowDiagramsTest, "
                + "then draw it again with: %s", REGENERATE).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    @DisplayName("the committed drawing is the one written here")
    void drawingIsCurrent(Flow flow) throws IOException {
        // Arrange
        String drawn = flow.diagram().svg();
        Path file = flow.file();

        // Act
        if (Boolean.getBoolean("diagram.write")) {
            Files.writeString(file, drawn, StandardCharsets.UTF_8);
        }

        // Assert
        assertThat(Files.exists(file)).as("%s is missing; draw it with: %s", file, REGENERATE).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8).equals(drawn))
                .as("%s is not what FlowDiagramsTest describes; draw it again with: %s", file, REGENERATE).isTrue();
    }
}
