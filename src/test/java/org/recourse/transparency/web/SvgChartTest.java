package org.recourse.transparency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
