package org.recourse.signals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recourse.platform.web.RequestContext;
import org.recourse.signals.Precision;
import org.recourse.signals.PrecisionBoard;

/** Backs the dashboard's precision table ({@code WEB-INF/includes/signals-precision.xhtml}): read once a request. */
@Named
@RequestScoped
public class SignalPrecisionView {

    /** One row in words: the percentage, or "too few to say". */
    public record Row(String classifier, String label, long flagged, long decided, long confirmed, long waiting,
            String precision, boolean enough) {
    }

    @Inject
    PrecisionBoard board;

    @Inject
    RequestContext context;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            int min = board.minDecided();
            rows = board.lastThirtyDays().stream().map(p -> row(p, min)).toList();
        }
        return rows;
    }

    public int getMinDecided() {
        return board.minDecided();
    }

    private Row row(Precision p, int min) {
        var percent = p.percent(min);
        String words = percent.isPresent() ? context.messages().get("staff.signals.precision.percent",
                percent.getAsInt()) : context.messages().get("staff.signals.precision.tooFew", min);
        return new Row(p.classifier(), p.label(), p.flagged(), p.decided(), p.confirmed(), p.waiting(), words,
                percent.isPresent());
    }
}
