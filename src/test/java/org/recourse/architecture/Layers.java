package org.recourse.architecture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layers of {@code org.recourse}, the platform at the bottom: a top-level package may import only packages in a
 * layer below its own. This order is what makes "against the flow" well defined: an import of a package in the same
 * layer or one above is against it. It was read off the imports that remain once issue 12's moves are done (the demo
 * out of {@code content}, the matching core out of {@code screening}, {@code CaseNumbers} into {@code cases}, the
 * {@code SlaPolicy} producer into {@code cases}, {@code ApiKeyResponses} into {@code clients.rest},
 * {@code IllegalTransitionException} into the platform), taking each package as low as they allow.
 *
 * <p>A new top-level package gets a place here (ArchitectureTest fails until it has one); a package that must import
 * one above it either loses that import (an event, an interface in the lower package) or, if the order was wrong,
 * moves here with a reason.
 */
final class Layers {

    /** Bottom first; each line says why the layer sits where it does. */
    static final List<List<String>> BOTTOM_UP = List.of(
            // Plumbing every feature may use (clock, settings, persistence helpers, web filters, i18n, outbox
            // states), and the pure-Java matching core (PDQ, indexes, phrase screening). Neither imports a feature.
            List.of("platform", "matching"),
            // Everyone audits; the audit log needs only the platform (the secrets key, messages).
            List.of("audit"),
            // Staff accounts and roles, the mail outbox, the platform's API keys: audited, nothing else.
            List.of("staff", "notification", "clients"),
            // Hosted content and its visibility (registered through a key-protected API, hashed by matching).
            List.of("content"),
            // The Case aggregate: about content, decided by staff in a role.
            List.of("cases"),
            // Filing a report opens or joins a case and hides content.
            List.of("intake"),
            // Health and metrics: count filed reports; told by the jobs above what they did.
            List.of("operations"),
            // The queue, claims and the SLA watch; the webhook outbox of visibility changes.
            List.of("triage", "webhook"),
            // Deciding a case (claims through triage).
            List.of("review"),
            // Stay-down: banks, bans, phrases, upload screening; files system reports, observes decisions.
            List.of("screening"),
            // Issue 17, beside one another (none imports another): classifier signals (held for review through intake,
            // settled by review's decisions); adult content's performer records and consent withdrawal (a withdrawal
            // files a report, banks hashes as a survivor's submission and tells the platform; screening asks it through
            // screening.PerformerRecordCheck); context and behaviour around images (screens texts with screening's
            // phrase lists, observes its uploads; files system reports through intake, raises cases).
            List.of("signals", "performers", "context"),
            // Statements of reasons: observe every restriction (intake, review, screening) and tell the platform.
            List.of("statements"),
            // The evidence vault: observes decisions, seals what the law asks to preserve (content, cases, reports).
            List.of("evidence"),
            // Hotline and police reports of sealed records, and outside addresses for referral.
            List.of("hotline"),
            // Appeals: decided over cases, restore content, release stay-down entries (screening); read by lookup.
            List.of("appeals"),
            // The people who review: capacity over cases and review windows, exposure to revealed imagery (told by
            // review's events, asked by triage's take next through its interface); shown on the dashboard.
            List.of("workforce"),
            // Reporters coming back (the status of a report, survivors' hashes); the dashboard.
            List.of("lookup", "dashboard"),
            // The public transparency figures: aggregate reads over cases, decisions, hotlines and screening; it
            // records visibility changes (content's event) and nothing imports it.
            List.of("transparency"),
            // Mail to reporters (observes filing and decisions, reads the status); the demo platform, an outside
            // application that uses the public API.
            List.of("contact", "demo"),
            // The EU transparency database: maps statements of reasons (and the cases' categories) for the Commission.
            List.of("dsa"));

    /**
     * Imports against the flow that are accepted, each with its reason: at most one (issue 12, "done when"). Empty:
     * none is needed by the order above once the moves are done.
     */
    static final Map<PackageGraph.Edge, String> ACCEPTED_AGAINST_THE_FLOW = Map.of();

    private Layers() {
    }

    /** The layer of a top-level package, 0 at the bottom; empty for a package that has no place yet. */
    static Optional<Integer> of(String topLevelPackage) {
        for (int layer = 0; layer < BOTTOM_UP.size(); layer++) {
            if (BOTTOM_UP.get(layer).contains(topLevelPackage)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }

    /** Every package that has a place, bottom first. */
    static List<String> placed() {
        return BOTTOM_UP.stream().flatMap(List::stream).toList();
    }

    /**
     * Whether an import goes against the flow: into the importer's own layer or one above. A package without a place
     * counts as above every layer, so its imports go with the flow and imports of it against it.
     */
    static boolean againstTheFlow(PackageGraph.Edge edge) {
        int unplaced = BOTTOM_UP.size();
        return of(edge.from()).orElse(unplaced) <= of(edge.to()).orElse(unplaced);
    }
}
