package org.recourse.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EJB annotations are not inherited, so what {@link IntervalJob} cannot say for its subclasses is checked here, over
 * every job in the main code.
 */
@DisplayName("Interval jobs: each is a startup singleton that waits for the schema and lets the guard keep runs apart")
class IntervalJobsTest {

    private static List<Class<?>> jobs() throws IOException, URISyntaxException {
        Path classes = Path.of(IntervalJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", ""))
                    .map(IntervalJobsTest::load)
                    .filter(type -> IntervalJob.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, IntervalJobsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

    @Test
    @DisplayName("the five interval timers are jobs")
    void theTimersAreJobs() throws Exception {
        assertThat(jobs()).extracting(Class::getSimpleName).contains("WebhookSchedule", "OutboxSchedule",
                "ContactRetention", "SlaSchedule", "ClaimExpiry");
    }

    @Test
    @DisplayName("every job is a @Startup @Singleton, @DependsOn(\"SchemaMigration\"), with bean-managed concurrency")
    void everyJobIsAStartupSingletonAfterTheMigration() throws Exception {
        assertThat(jobs()).isNotEmpty().allSatisfy(job -> {
            assertThat(job.getAnnotation(Startup.class)).as(job + " @Startup").isNotNull();
            assertThat(job.getAnnotation(Singleton.class)).as(job + " @Singleton").isNotNull();
            DependsOn dependsOn = job.getAnnotation(DependsOn.class);
            assertThat(dependsOn).as(job + " @DependsOn").isNotNull();
            assertThat(dependsOn.value()).as(job + " @DependsOn").contains("SchemaMigration");
            assertThat(job.getAnnotation(ConcurrencyManagement.class)).as(job + " @ConcurrencyManagement").isNotNull()
                    .extracting(ConcurrencyManagement::value).isEqualTo(ConcurrencyManagementType.BEAN);
        });
    }
}
