package org.recourse.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The house rules that nobody should have to remember (docs/architecture.md, "Packages"), checked on the compiled
 * main classes: no loop between the top-level packages, imports that follow the flow (web and rest over services
 * over the domain; features over the platform; each package over the layers below it, {@link Layers}), a matching
 * core in pure Java, no JSF or JAX-RS in a domain package, and an EntityManager only where queries belong.
 *
 * <p>Run by Surefire through ArchUnit's JUnit 5 engine; each rule names every class that breaks it.
 */
@AnalyzeClasses(packages = PackageGraph.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Top-level packages that are not features: the plumbing, the pure-Java core, an outside application. */
    private static final Map<String, String> NOT_FEATURES = Map.of(
            "platform", "plumbing every feature uses; it serves JSF and JAX-RS itself (i18n, problem documents)",
            "matching", "the pure-Java core, held to a stricter rule of its own",
            "demo", "the demo platform: an outside application (servlets and a gallery page) that uses the public API");

    /**
     * Classes of a feature's domain package that may use JSF or JAX-RS all the same, each with its reason (by
     * simple name, so that a class keeps its place here when its package moves). None is needed today.
     */
    private static final Map<String, String> DOMAIN_PACKAGE_EXCEPTIONS = Map.of();

    /**
     * Classes that hold an EntityManager although their name says neither repository nor service, each with its
     * reason (by simple name, so that a class keeps its place here when its package moves). Everything else that
     * queries goes through a {@code *Repository} (or is a {@code *Service} that loads, calls and saves).
     */
    static final Map<String, String> ENTITY_MANAGER_EXCEPTIONS = Map.ofEntries(
            Map.entry("SeedOnce", "persistence plumbing: the seeding claim, an insert that waits on another node's "
                    + "transaction, used by every seeder"),
            Map.entry("SealedColumns", "a data migration in code: reads and writes sealed columns as stored, past the "
                    + "entities' converters, to seal older plain values at start"),
            Map.entry("AuditLog", "the append-only log is its own store: an append locks audit_head in the caller's "
                    + "transaction and verification walks the rows; a repository in front would only forward"),
            Map.entry("Outbox", "the outbox pattern: writing the row in the caller's transaction is the whole job"),
            Map.entry("WebhookOutbox", "the outbox pattern: writing the rows in the caller's transaction is the "
                    + "whole job"),
            Map.entry("OutboxClaims", "the mail dispatcher's side of the outbox: claims (for update skip locked) and "
                    + "outcomes, each in a short transaction of its own"),
            Map.entry("WebhookClaims", "the webhook dispatcher's side of the outbox: claims (for update skip locked) "
                    + "and outcomes, each in a short transaction of its own"),
            Map.entry("ScreeningChanges", "the change log every node's match index follows: an append-only table "
                    + "read from a position"),
            Map.entry("VideoChanges", "the change log every node's video indexes follow, as ScreeningChanges for "
                    + "PDQ: an append-only table read from a position"),
            Map.entry("Backlogs", "health and metrics count the rows of both outboxes in native SQL, so that "
                    + "operations imports neither feature"),
            Map.entry("DemoPlatform", "a seeder: connects the demo platform once (its key, its webhook endpoint, "
                    + "kept in demo_connection)"));

    // --- 1. No loops ---------------------------------------------------------------------------------------------

    @ArchTest
    static void top_level_packages_are_free_of_loops(JavaClasses classes) {
        PackageGraph graph = PackageGraph.of(classes);
        List<SortedSet<String>> loops = graph.loops();
        if (loops.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(loops.size() + " loop(s) between the top-level packages of "
                + "org.recourse; a loop makes its packages one, none can be understood, tested or moved alone:");
        for (SortedSet<String> loop : loops) {
            List<PackageGraph.Edge> inside = graph.edges().stream()
                    .filter(edge -> loop.contains(edge.from()) && loop.contains(edge.to())).toList();
            message.append("\n  ").append(String.join(", ", loop)).append(" reach each other (")
                    .append(inside.size()).append(" imports among them); against the flow among them: ")
                    .append(inside.stream().filter(Layers::againstTheFlow).map(PackageGraph.Edge::toString)
                            .collect(Collectors.joining(", ")));
        }
        message.append("\nCut the imports against the flow (imports_follow_the_layers names their classes).");
        fail(message.toString());
    }

    @ArchTest
    static final ArchRule rooms_of_screening_are_free_of_cycles = slices()
            .matching(PackageGraph.ROOT + ".screening.(*)..").namingSlices("screening.$1")
            .should().beFreeOfCycles()
            .as("the rooms of screening (banks, bans, phrases, staydown) import each other without a loop")
            .because("each room is a capability of its own (issue 12, part 2)");

    @ArchTest
    static final ArchRule rooms_of_matching_are_free_of_cycles = slices()
            .matching(PackageGraph.ROOT + ".matching.(*)..").namingSlices("matching.$1")
            .should().beFreeOfCycles()
            .as("the parts of matching (hash, index, text) import each other without a loop")
            .allowEmptyShould(true);

    // --- 2. The flow goes one way ----------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule domain_and_services_never_import_web_or_rest = noClasses()
            .that().resideInAPackage(PackageGraph.ROOT + "..").and().resideOutsideOfPackages("..web..", "..rest..")
            .should().dependOnClassesThat(inAFeaturesWebOrRest())
            .as("a domain or service class never imports a feature's web/ or rest/ (web and rest -> service -> "
                    + "domain)")
            .because("pages and resources are the outside of a feature: what they share with the inside belongs "
                    + "inside");

    @ArchTest
    static final ArchRule platform_never_imports_a_feature = noClasses()
            .that().resideInAPackage(PackageGraph.ROOT + ".platform..")
            .should().dependOnClassesThat(resideInAPackage(PackageGraph.ROOT + "..")
                    .and(not(resideInAPackage(PackageGraph.ROOT + ".platform.."))))
            .as("the platform imports no other package of org.recourse (features -> platform, never back)")
            .because("the platform is the plumbing under every feature; a type it needs from a feature moves to "
                    + "the feature, or down into the platform");

    @ArchTest
    static void imports_follow_the_layers(JavaClasses classes) {
        PackageGraph graph = PackageGraph.of(classes);
        List<PackageGraph.Edge> against = graph.againstTheFlow();
        List<String> problems = new ArrayList<>();
        if (Layers.ACCEPTED_AGAINST_THE_FLOW.size() > 1) {
            problems.add("Layers.ACCEPTED_AGAINST_THE_FLOW names " + Layers.ACCEPTED_AGAINST_THE_FLOW.size()
                    + " imports; at most one may go against the flow.");
        }
        Layers.ACCEPTED_AGAINST_THE_FLOW.keySet().stream().filter(edge -> !against.contains(edge)).forEach(edge ->
                problems.add("Layers.ACCEPTED_AGAINST_THE_FLOW names " + edge + ", which no longer goes against the "
                        + "flow (or no longer exists): remove it."));
        List<PackageGraph.Edge> refused = against.stream()
                .filter(edge -> !Layers.ACCEPTED_AGAINST_THE_FLOW.containsKey(edge)).toList();
        if (!refused.isEmpty()) {
            StringBuilder message = new StringBuilder(refused.size() + " of the " + graph.edges().size()
                    + " imports between top-level packages go against the flow (into the importer's own layer or one "
                    + "above; layers bottom first: " + layersInWords() + "):");
            for (PackageGraph.Edge edge : refused) {
                message.append("\n  ").append(edge).append("   (layer ").append(layerInWords(edge.from()))
                        .append(" -> layer ").append(layerInWords(edge.to())).append(")");
                graph.because(edge).forEach(dependency -> message.append("\n      ").append(dependency));
            }
            message.append("\nRemove each import (an event, an interface in the lower package, a type moved down), "
                    + "or, for at most one, name it in Layers.ACCEPTED_AGAINST_THE_FLOW with its reason.");
            problems.add(message.toString());
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @ArchTest
    static void every_top_level_package_has_a_layer(JavaClasses classes) {
        Set<String> present = PackageGraph.of(classes).packages();
        Set<String> unplaced = new TreeSet<>(present);
        Layers.placed().forEach(unplaced::remove);
        Set<String> absent = new TreeSet<>(Layers.placed());
        absent.removeAll(present);
        List<String> problems = new ArrayList<>();
        if (!unplaced.isEmpty()) {
            problems.add("These top-level packages have no place in Layers.BOTTOM_UP: " + unplaced
                    + ". Give each the lowest layer its imports allow.");
        }
        if (!absent.isEmpty()) {
            problems.add("Layers.BOTTOM_UP names packages that have no classes: " + absent + ". A package that is gone "
                    + "leaves the layers too; org.recourse.demo (from content.demo) and org.recourse.matching (from "
                    + "screening.hash, .index and .text) are where issue 12 moves them.");
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    // --- 3. The matching core is pure Java -------------------------------------------------------------------------

    @ArchTest
    static final ArchRule matching_is_pure_java = noClasses()
            .that().resideInAPackage(PackageGraph.ROOT + ".matching..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..",
                    "javax.enterprise..", "javax.inject..", "javax.ejb..", "javax.transaction..", "org.hibernate..",
                    "org.eclipse.microprofile..", "org.flywaydb..", "org.primefaces..")
            .orShould().dependOnClassesThat(resideInAPackage(PackageGraph.ROOT + "..")
                    .and(not(resideInAPackage(PackageGraph.ROOT + ".matching.."))))
            .as("org.recourse.matching (PDQ hashing, indexes, phrase screening) is pure Java: no Jakarta EE, JPA, "
                    + "Hibernate, CDI, EJB or MicroProfile, and nothing else of the portal")
            .because("it is measured and tested on its own (benchmarks, reference vectors), and could run anywhere")
            .allowEmptyShould(true);

    // --- 4. No JSF or JAX-RS in a domain package -------------------------------------------------------------------

    @ArchTest
    static final ArchRule domain_packages_use_neither_jsf_nor_jax_rs = noClasses()
            .that(areInADomainPackage())
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..")
            .as("no class in a domain package (a feature's own packages, outside web/ and rest/) imports "
                    + "jakarta.faces or jakarta.ws.rs")
            .because("the domain is the same whichever channel asks: a page or a resource translates");

    // --- 5. Only repositories and services hold an EntityManager ---------------------------------------------------

    @ArchTest
    static final ArchRule only_repositories_and_services_hold_an_entity_manager = classes()
            .that().resideInAPackage(PackageGraph.ROOT + "..")
            .should(holdAnEntityManagerOnlyAsARepositoryOrAService())
            .as("only a *Repository or a *Service holds an EntityManager (or a class named, with its reason, in "
                    + "ArchitectureTest.ENTITY_MANAGER_EXCEPTIONS)")
            .because("queries have one owner per feature, where they can be found and tested against both "
                    + "databases");

    @ArchTest
    static void every_entity_manager_exception_still_holds_one(JavaClasses classes) {
        Set<String> holders = classes.stream().filter(ArchitectureTest::holdsAnEntityManager)
                .map(JavaClass::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stale = new TreeSet<>(ENTITY_MANAGER_EXCEPTIONS.keySet());
        stale.removeAll(holders);
        if (!stale.isEmpty()) {
            fail("ArchitectureTest.ENTITY_MANAGER_EXCEPTIONS names classes that hold no EntityManager (any more): "
                    + stale + ". Remove them.");
        }
    }

    // --- Predicates ------------------------------------------------------------------------------------------------

    private static List<String> segments(JavaClass type) {
        return Arrays.asList(type.getPackageName().split("\\."));
    }

    private static DescribedPredicate<JavaClass> inAFeaturesWebOrRest() {
        return describe("are in a web/ or rest/ package of a feature", type ->
                PackageGraph.topLevelPackageOf(type).filter(top -> !top.equals("platform")).isPresent()
                        && (segments(type).contains("web") || segments(type).contains("rest")));
    }

    private static DescribedPredicate<JavaClass> areInADomainPackage() {
        return describe("are in a domain package", type ->
                PackageGraph.topLevelPackageOf(type).filter(top -> !NOT_FEATURES.containsKey(top)).isPresent()
                        && !segments(type).contains("web") && !segments(type).contains("rest")
                        && !DOMAIN_PACKAGE_EXCEPTIONS.containsKey(outermost(type).getSimpleName()));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean holdsAnEntityManager(JavaClass type) {
        return type.getFields().stream().anyMatch(ArchitectureTest::isAnEntityManager);
    }

    private static boolean isAnEntityManager(JavaField field) {
        return field.getRawType().isEquivalentTo(EntityManager.class);
    }

    private static ArchCondition<JavaClass> holdAnEntityManagerOnlyAsARepositoryOrAService() {
        return new ArchCondition<>("hold an EntityManager only as a *Repository, a *Service or a named exception") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> fields = type.getFields().stream().filter(ArchitectureTest::isAnEntityManager)
                        .map(JavaField::getName).sorted().toList();
                if (fields.isEmpty()) {
                    return;
                }
                String name = type.getSimpleName();
                boolean allowed = name.endsWith("Repository") || name.endsWith("Service")
                        || ENTITY_MANAGER_EXCEPTIONS.containsKey(name);
                events.add(new SimpleConditionEvent(type, allowed, type.getName() + " holds an EntityManager (field "
                        + String.join(", ", fields) + ") but is neither a *Repository nor a *Service, nor named in "
                        + "ENTITY_MANAGER_EXCEPTIONS"));
            }
        };
    }

    private static String layersInWords() {
        return Layers.BOTTOM_UP.stream().map(layer -> String.join(", ", layer)).collect(Collectors.joining(" | "));
    }

    private static String layerInWords(String topLevelPackage) {
        return Layers.of(topLevelPackage).map(layer -> layer + " " + topLevelPackage)
                .orElse("none (" + topLevelPackage + " has no place)");
    }
}
