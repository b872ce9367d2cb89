package org.recourse.it.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.Browsers;

/**
 * A person who uses only the keyboard: Tab moves through the page's controls in their order until the wanted one has
 * the focus, Enter presses it. Fails if the control cannot be reached that way.
 */
public final class Keyboard {

    private static final int MAX_TABS = 250;

    private Keyboard() {
    }

    /** Tabs to the control that {@code isWanted} (a script over {@code document.activeElement}) accepts, then Enter. */
    public static void tabToAndPress(WebDriver driver, String isWanted, String what) {
        Object wanted = null;
        for (int tabs = 0; tabs < MAX_TABS; tabs++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            wanted = ((JavascriptExecutor) driver).executeScript("var e = document.activeElement; return (" + isWanted
                    + ") ? true : null;");
            if (wanted != null) {
                break;
            }
        }
        if (wanted == null) {
            throw new AssertionError(what + " was not reached with Tab in " + MAX_TABS + " presses");
        }
        WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        WebElement focused = driver.switchTo().activeElement();
        String described = focused.getAttribute("outerHTML");
        focused.sendKeys(Keys.ENTER);
        try {
            Browsers.awaitReplaced(driver, page);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Enter on " + described + " did not open the next page; at "
                    + driver.getCurrentUrl(), e);
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
