package org.recourse.it.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The frame every public page shares, as a phone shows it: the sticky bar with "Leave this site", the menu, and the
 * page's width. Measured by the browser itself (through DevTools, so it works with the page's scripts turned off).
 */
public class PublicFrame {

    /** Every element whose box reaches past the right edge of the viewport, named by tag, id and class. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const wide = [];
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > width + 1 && getComputedStyle(element).position !== 'fixed') {
                wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.className && element.className.baseVal === undefined ? '.' + element.className : '')
                  + ' right=' + Math.round(box.right) + ' "' + (element.textContent || '').trim().slice(0, 40) + '"');
              }
            }
            return {scrollWidth: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 8)};
            """;

    private final WebDriver driver;

    public PublicFrame(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * What pushes the page sideways: empty when the page is no wider than the screen and no element reaches past its
     * right edge.
     */
    @SuppressWarnings("unchecked")
    public List<String> horizontalOverflow() {
        Map<String, Object> measured = (Map<String, Object>) script(OVERFLOW);
        long scrollWidth = ((Number) measured.get("scrollWidth")).longValue();
        long width = ((Number) measured.get("width")).longValue();
        List<String> wide = (List<String>) measured.get("wide");
        if (scrollWidth <= width && wide.isEmpty()) {
            return List.of();
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("page " + scrollWidth + " px wide in " + width),
                wide.stream()).toList();
    }

    /**
     * The charts' texts as the reader sees them: each one shown smaller than {@code minPx} (its font size times the
     * chart's scale on this screen), and each two shown that overlap. Empty when every text is legible.
     */
    @SuppressWarnings("unchecked")
    public List<String> illegibleChartTexts(double minPx) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const min = arguments[0], found = [];
                for (const svg of document.querySelectorAll('svg.chart')) {
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  const shown = [...svg.querySelectorAll('text')].filter(t => getComputedStyle(t).display !== 'none');
                  for (const t of shown) {
                    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                    if (px < min) found.push(svg.getAttribute('aria-labelledby') + ' "' + t.textContent + '": '
                        + px.toFixed(1) + ' px');
                  }
                  const boxes = shown.map(t => [t.textContent, t.getBoundingClientRect()]);
                  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const [a, p] = boxes[i], [b, q] = boxes[j];
                    if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
                      found.push(svg.getAttribute('aria-labelledby') + ': "' + a + '" overlaps "' + b + '"');
                  }
                }
                return found;""", minPx);
    }

    /** The page's whole height, in CSS pixels. */
    public long height() {
        return ((Number) script("return document.documentElement.scrollHeight;")).longValue();
    }

    /** Scrolls to the end of the page; returns how far it scrolled, in pixels. */
    public long scrollToEnd() {
        script("window.scrollTo(0, document.documentElement.scrollHeight);");
        return ((Number) script("return Math.round(window.scrollY);")).longValue();
    }

    /** Whether "Leave this site" is wholly inside the visible part of the page now. */
    public boolean exitInView() {
        return (Boolean) script("""
                const box = document.getElementById('quick-exit').getBoundingClientRect();
                return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight
                  && box.right <= document.documentElement.clientWidth && box.height > 0;""");
    }

    /** Whether the menu's links show (the disclosure is open). */
    public boolean menuOpen() {
        return driver.findElement(By.id("site-menu")).getAttribute("open") != null;
    }

    public WebElement quickExit() {
        return driver.findElement(By.id("quick-exit"));
    }

    public List<String> linksStartingWith(String scheme) {
        return driver.findElements(By.cssSelector("a[href^='" + scheme + "']")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }
}
