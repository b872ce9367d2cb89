package org.recourse.transparency;

import java.util.List;

/**
 * The figures the page, the CSV and the JSON publish, in the order they are shown. Adding a figure is a line here
 * (its query, in the shape {@link Series} describes) and its title and explanation in both message bundles
 * ({@code transparency.series.NAME.title}, {@code .text}). Months are UTC; items and decisions take the category of
 * their case (the most severe reported on it), reports their own.
 */
public final class PublishedSeries {

    /** A person's report (the portal's own reports, from stay-down screening and the sweep, carry a note key). */
    private static final String PEOPLES_REPORT = "r.note_key is null";

    /** Each hosted item named by a person's report in the month: its first such report, and when it was next hidden. */
    private static final String HIDING = """
            select c.category, p.first_report,
                   (select min(v.changed_at) from visibility_change v where v.content_item_id = ci.content_id
                       and v.visibility = 'HIDDEN_PENDING_REVIEW' and v.changed_at >= p.first_report) as hidden_at
            from (select ri.case_item_id as item_id, min(r.received_at) as first_report
                  from report_item ri join report r on r.id = ri.report_id
                  where %s and r.received_at >= ?1 and r.received_at < ?2
                  group by ri.case_item_id) p
            join case_item ci on ci.id = p.item_id
            join case_file c on c.id = ci.case_id
            where ci.kind = 'HOSTED'
            """.formatted(PEOPLES_REPORT);

    private static final String DECISIONS = """
            select c.category, count(*) from item_decision d
            join case_item ci on ci.id = d.case_item_id join case_file c on c.id = ci.case_id
            where d.decision = '%s' and d.decided_at >= ?1 and d.decided_at < ?2 group by c.category
            """;

    /** Uploaders' appeals by the month of {@code %1$s}, with {@code %2$s} as a further condition. */
    private static final String APPEALS = """
            select c.category, count(*) from appeal a join case_file c on c.id = a.case_id
            where %1$s >= ?1 and %1$s < ?2%2$s group by c.category
            """;

    /** Reporters' requests for a second look by the month of {@code %1$s}, with {@code %2$s} as a further condition. */
    private static final String REVIEW_REQUESTS = """
            select c.category, count(*) from review_request q join case_file c on c.id = q.case_id
            where %1$s >= ?1 and %1$s < ?2%2$s group by c.category
            """;

    public static final List<Series> ALL = List.of(
            Series.count("reports_received", "select r.category, count(*) from report r where " + PEOPLES_REPORT
                    + " and r.received_at >= ?1 and r.received_at < ?2 group by r.category"),
            Series.count("items_hidden", "select h.category, count(*) from (" + HIDING + ") h"
                    + " where h.hidden_at is not null group by h.category"),
            Series.time("time_to_hidden", HIDING),
            Series.time("time_to_decision", "select c.category, c.opened_at, c.closed_at from case_file c"
                    + " where c.closed_at >= ?1 and c.closed_at < ?2"),
            Series.share("decided_within_sla", "select c.category, count(*),"
                    + " sum(case when c.closed_at <= c.review_due_at then 1 else 0 end) from case_file c"
                    + " where c.closed_at >= ?1 and c.closed_at < ?2 group by c.category"),
            Series.count("items_removed", DECISIONS.formatted("REMOVE")),
            Series.count("items_restored", DECISIONS.formatted("RESTORE")),
            Series.count("hotline_referrals", """
                    select x.category, count(*) from (
                        select c.category from hotline_report h join case_file c on c.id = h.case_id
                        where h.sent_at >= ?1 and h.sent_at < ?2
                        union all
                        select c.category from hotline_referral f join case_file c on c.id = f.case_id
                        where f.sent_at >= ?1 and f.sent_at < ?2) x
                    group by x.category
                    """),
            Series.count("staydown_blocks", "select c.category, count(*) from case_item ci"
                    + " join case_file c on c.id = ci.case_id where ci.match_source is not null"
                    + " and ci.added_at >= ?1 and ci.added_at < ?2 group by c.category"),
            Series.count("sweep_copies", "select c.category, count(*) from sweep_copy s"
                    + " join case_file c on c.id = s.case_id where s.found_at >= ?1 and s.found_at < ?2"
                    + " group by c.category"),
            Series.count("statements_issued", "select s.category, count(*) from statement_of_reasons s"
                    + " where s.issued_at >= ?1 and s.issued_at < ?2 group by s.category"),
            Series.count("appeals_received", APPEALS.formatted("a.submitted_at", "")),
            Series.count("appeals_decided", APPEALS.formatted("a.decided_at", "")),
            Series.count("appeals_reversed", APPEALS.formatted("a.decided_at", " and a.status = 'RESTORED'")),
            Series.count("review_requests_received", REVIEW_REQUESTS.formatted("q.requested_at", "")),
            Series.count("review_requests_stood", REVIEW_REQUESTS.formatted("q.answered_at", " and q.status = 'STANDS'")),
            Series.count("review_requests_taken_down", REVIEW_REQUESTS.formatted("q.answered_at",
                    " and q.status = 'TAKEN_DOWN'")));

    private PublishedSeries() {
    }
}
