package org.recourse.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.recourse.it.pages.PublicFrame;
import org.recourse.testing.PageWords;

/**
 * A walk through the product in Chromium, one step at a time, as a person would see it (issue 16 §5): each step is
 * saved as {@code target/screenshots/walk-NAME-STEP.png} and judged on the page as it stands. A step is wrong when the
 * page scrolls sideways on a narrow screen, when text overflows a box that hides it (an element whose scrollWidth
 * exceeds its clientWidth with overflow hidden or clip) or is cut by a fixed-width control, when a raw enum name or
 * (on a French page) English is shown ({@link PageWords}), and when axe-core finds a WCAG 2.1 AA violation. Problems
 * are collected, so that one run names them all; {@link #problems()} is asserted empty at the end.
 *
 * <p>With {@code -Drecourse.gallery=DIR} (see docs/gallery/README.md) the steps named by {@link #GALLERY} are also
 * written there, reduced to a small palette ({@link GalleryPicture}).
 */
final class Walk {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The steps a newcomer sees in docs/gallery: a few of each walk, phone and desktop, French and English. */
    public static final Set<String> GALLERY = Set.of("phone-fr-nojs-1-start", "phone-fr-nojs-3-errors",
            "phone-fr-nojs-5-sent", "phone-fr-nojs-8-status-removed", "desktop-en-js-2-form",
            "desktop-en-js-10-status-referred", "reviewer-en-1-queue", "reviewer-en-6-decision-chosen");

    /** Text overflowing a box that hides it, and labels cut by a fixed-width control; found by the browser itself. */
    private static final String CLIPPED = """
            const found = [];
            const canvas = document.createElement('canvas').getContext('2d');
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\\s+/g, '.') : '');
            for (const e of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(e);
              // Hidden on purpose, or made for screen readers only (a 1-px box that clips its text).
              if (style.display === 'none' || style.visibility === 'hidden' || e.clientWidth <= 2
                  || e.clientHeight <= 2 || e.closest('[hidden], [aria-hidden=true]')) { continue; }
              const text = (e.matches('input') ? e.value : e.textContent || '').trim();
              if (!text) { continue; }
              const hides = ['hidden', 'clip'].includes(style.overflowX);
              if (hides && e.scrollWidth > e.clientWidth + 1) {
                found.push('text overflows ' + name(e) + ' (' + e.scrollWidth + ' > ' + e.clientWidth + ' px): "'
                    + text.slice(0, 50) + '"');
                continue;
              }
              if (e.matches('button, input[type=submit], input[type=button], input[type=reset], select')) {
                canvas.font = style.font;
                const label = e.matches('select') ? (e.selectedOptions[0] ? e.selectedOptions[0].text : '') : text;
                const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                    - (e.matches('select') ? 16 : 0);
                const wide = canvas.measureText(label.trim()).width;
                // A control's label breaks onto lines if it may; it is cut only when it may not.
                const oneLine = e.matches('select, input') || style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre';
                if ((oneLine && wide > room + 1) || e.scrollWidth > e.clientWidth + 1) {
                  found.push('label cut by ' + name(e) + ' (' + Math.round(wide) + ' px of text in ' + Math.round(room)
                      + '): "' + label.trim().slice(0, 50) + '"');
                }
              }
            }
            return found.slice(0, 10);
            """;

    private final ChromeDriver driver;
    private final String name;
    private final PageWords words = PageWords.ofThePortal();
    private final List<String> problems = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private boolean scripts = true;

    private Walk(ChromeDriver driver, String name) {
        this.driver = driver;
        this.name = name;
    }

    /** A walk named {@code name} (e.g. {@code phone-fr-nojs}) in this browser. */
    public static Walk of(ChromeDriver driver, String name) {
        return new Walk(driver, name);
    }

    /** Chromium as a 360 × 740 phone (touch, mobile viewport), with the page's scripts on or off. */
    public static Walk onAPhone(ChromeDriver driver, String name, boolean scripts) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        return of(driver, name).scripts(scripts);
    }

    /** Chromium as a 1280 × 900 desktop window (scroll bars hidden, so that the picture shows the whole width). */
    public static Walk onADesktop(ChromeDriver driver, String name) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
        return of(driver, name);
    }

    /** Turns the page's scripts on or off (through DevTools, which still lets the walk measure the page). */
    public Walk scripts(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
        scripts = on;
        return this;
    }

    /** Saves the page as it stands as this walk's next step, and judges it. */
    public Walk step(String step) {
        String where = name + "-" + (steps.size() + 1) + "-" + step;
        steps.add(where);
        byte[] picture = screenshot(where);
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        String html = driver.getPageSource();
        if (lang != null && lang.startsWith("fr")) {
            words.englishIn(html).forEach(english -> problems.add(where + ": English \"" + english + "\""));
            words.englishWordsIn(html).forEach(english -> problems.add(where + ": English words \"" + english + "\""));
        }
        words.enumNamesIn(html).forEach(raw -> problems.add(where + ": raw name " + raw));
        if (width() <= 400) {
            new PublicFrame(driver).horizontalOverflow()
                    .forEach(wide -> problems.add(where + ": overflow at " + width() + " px: " + wide));
        }
        clipped().forEach(cut -> problems.add(where + ": " + cut));
        axe().forEach(violation -> problems.add(where + ": axe " + violation.getId() + " " + violation.getHelp()
                + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()));
        GalleryPicture.keepIfChosen(where, picture);
        return this;
    }

    /** Everything wrong seen on the way, each naming its step. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The steps taken, as their screenshots are named. */
    public List<String> steps() {
        return List.copyOf(steps);
    }

    /** What {@link #step} counts as clipped text, on the page as it stands. */
    @SuppressWarnings("unchecked")
    private List<String> clipped() {
        return (List<String>) measured(CLIPPED);
    }

    private long width() {
        return ((Number) measured("return document.documentElement.clientWidth;")).longValue();
    }

    /**
     * axe-core over the page as it is. axe-core is itself a script: with the page's scripts off it runs over the page
     * as sent, and scripts are off again afterwards.
     */
    private List<Rule> axe() {
        if (scripts) {
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations();
        }
        scripts(true);
        try {
            return new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations();
        } finally {
            scripts(false);
        }
    }

    /** Runs a measuring script (WebDriver's scripts run even while the page's own are turned off). */
    private Object measured(String code) {
        return driver.executeScript(code);
    }

    /** The whole page, not only the first screen, so that a reader of the picture sees every block. */
    private byte[] screenshot(String where) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true)).get("data");
            byte[] png = Base64.getDecoder().decode((String) data);
            Files.write(SCREENSHOTS.resolve("walk-" + where + ".png"), png);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
