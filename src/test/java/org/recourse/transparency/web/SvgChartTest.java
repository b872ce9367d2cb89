package org.recourse.transparency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.platform.i18n.Messages;

@DisplayName("SVG chart: an image named by its title, bars to scale, nothing unescaped")
class SvgChartTest {

    @Test
    @DisplayName("draws one bar per published value, a dash for a withheld one, and escapes every text")
    void draws() {
        // Act
        String svg = SvgChart.draw("chart-x", "Reports <all> & \"more\"", List.of(
                new SvgChart.Bar("Jan", 10.0, "10"), new SvgChart.Bar("Feb", null, "< 5"),
                new SvgChart.Bar("Mar", 5.0, "5")));

        // Assert
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"chart-x-title\"")
                .contains("<title id=\"chart-x-title\">Reports &lt;all&gt; &amp; &quot;more&quot;</title>")
                .contains("&lt; 5").doesNotContain("<all>").doesNotContain("<script");
        assertThat(svg.split("<rect ", -1)).hasSize(3);
        assertThat(svg.split("class=\"withheld\"", -1)).hasSize(2);
        assertThat(svg).contains("height=\"186.0\"").contains("height=\"93.0\"");
    }

    @Test
    @DisplayName("on a phone every other month name of a year is left out, the one with the year kept")
    void phoneLeavesOutEveryOtherMonth() {
        // Arrange
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (String month : List.of("Jan 26", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")) {
            bars.add(new SvgChart.Bar(month, 12.0, "12"));
        }
        bars.set(1, new SvgChart.Bar("Feb", null, "< 5"));

        // Act
        String svg = SvgChart.draw("chart-x", "Reports", bars);

        // Assert
        assertThat(svg).contains("class=\"month\" x=\"26.7\" y=\"246.0\" text-anchor=\"middle\">Jan 26<")
                .contains("class=\"month minor\" x=\"80.0\" y=\"246.0\" text-anchor=\"middle\">Feb<")
                .contains("class=\"month\" x=\"133.3\" y=\"246.0\" text-anchor=\"middle\">Mar<");
        assertThat(svg.split("class=\"month minor\"", -1)).hasSize(7);
        assertThat(svg.split("class=\"value\"", -1)).hasSize(12);
        assertThat(svg.split("class=\"value unpublished\"", -1)).hasSize(2);
    }

    @Test
    @DisplayName("on a wide screen a year next to a year, and counts too wide for their month, are thinned")
    void wideScreenThinsWhatWouldTouch() {
        // Arrange: twelve months from December, counts of five digits
        List<SvgChart.Bar> bars = new ArrayList<>();
        List<String> months = List.of("Dec 25", "Jan 26", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov");
        for (int i = 0; i < months.size(); i++) {
            bars.add(new SvgChart.Bar(months.get(i), 12_000.0 + i, "12,00" + (i % 10)));
        }

        // Act
        String svg = SvgChart.draw("chart-x", "Reports", bars);

        // Assert: the first year kept, the second left out wide (and on a phone); every other count left out wide
        assertThat(svg).contains("class=\"month\" x=\"26.7\" y=\"246.0\" text-anchor=\"middle\">Dec 25<")
                .contains("class=\"month minor minor-wide\" x=\"80.0\" y=\"246.0\" text-anchor=\"middle\">Jan 26<")
                .contains("class=\"month\" x=\"133.3\"").contains("class=\"month minor\" x=\"186.7\"");
        assertThat(svg.split("class=\"value\"", -1)).hasSize(7);
        assertThat(svg.split("class=\"value minor-wide\"", -1)).hasSize(7);
        assertThat(svg).contains("class=\"value\" x=\"26.7\"").contains("class=\"value minor-wide\" x=\"80.0\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("for every twelve months the page can show, the names shown never overlap and show a year, on a "
            + "phone and on a wide screen")
    void namesNeverOverlap(String language) {
        FigureText text = new FigureText(Messages.in(Locale.forLanguageTag(language)));
        double slot = 640.0 / 12;
        for (int first = 1; first <= 12; first++) {
            // Arrange: the labels the page gives twelve months starting in this month
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                labels.add(text.shortMonth(YearMonth.of(2025, first).plusMonths(i), i == 0));
            }
            for (double[] screen : new double[][] {{SvgChart.NARROW_MONTH_SIZE, SvgChart.NARROW_GAP},
                    {SvgChart.WIDE_MONTH_SIZE, 0}}) {
                // Act
                boolean[] left = SvgChart.thinned(labels, slot, screen[0], screen[1]);

                // Assert
                List<Integer> shown = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    if (!left[i]) {
                        shown.add(i);
                    }
                }
                assertThat(shown).as("shown of %s at %s", labels, screen[0]).hasSizeGreaterThanOrEqualTo(5)
                        .anyMatch(i -> labels.get(i).matches(".*\\d.*"));
                for (int a = 0; a < shown.size(); a++) {
                    for (int b = a + 1; b < shown.size(); b++) {
                        int i = shown.get(a);
                        int j = shown.get(b);
                        assertThat((j - i) * slot).as("%s and %s at %s", labels.get(i), labels.get(j), screen[0])
                                .isGreaterThanOrEqualTo(SvgChart.halfWidth(labels.get(i), screen[0])
                                        + SvgChart.halfWidth(labels.get(j), screen[0]));
                    }
                }
            }
        }
    }
}
