package org.recourse.transparency.web;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.recourse.platform.i18n.Messages;
import org.recourse.transparency.Suppression;

/** A published cell in the reader's words: a number, "fewer than 5", a time in the largest sensible unit, a share. */
final class FigureText {

    private final Messages messages;

    FigureText(Messages messages) {
        this.messages = messages;
    }

    String count(Suppression.Cell cell) {
        return cell.suppressed() ? messages.get("transparency.fewerThan", Suppression.THRESHOLD)
                : String.format(messages.locale(), "%,d", cell.count());
    }

    String time(Duration time) {
        if (time == null) {
            return messages.get("transparency.notShown");
        }
        long seconds = time.toSeconds();
        if (seconds < 120) {
            return messages.get("transparency.unit.seconds", seconds);
        }
        if (seconds < 2 * 3600) {
            return messages.get("transparency.unit.minutes", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return messages.get("transparency.unit.hours", String.format(messages.locale(), "%.1f", seconds / 3600.0));
        }
        return messages.get("transparency.unit.days", String.format(messages.locale(), "%.1f", seconds / 86400.0));
    }

    String percent(Suppression.Cell cell) {
        return cell.percent() == null ? messages.get("transparency.notShown")
                : messages.get("transparency.percent", cell.percent());
    }

    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, messages.locale()) + " " + month.getYear();
    }

    /** The chart's label: a short month name, with the year on January and on the first bar. */
    String shortMonth(YearMonth month, boolean first) {
        String name = month.format(DateTimeFormatter.ofPattern("MMM", messages.locale())).replace(".", "");
        return first || month.getMonthValue() == 1 ? name + " " + (month.getYear() % 100) : name;
    }
}
