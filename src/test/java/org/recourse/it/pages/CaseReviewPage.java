package org.recourse.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.Browsers;

/** The review page of one case. */
public class CaseReviewPage {

    private final WebDriver driver;

    @FindBy(id = "case-number")
    private WebElement caseNumber;

    public CaseReviewPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String caseNumber() {
        return caseNumber.getText();
    }

    public String previewClasses() {
        return driver.findElement(By.cssSelector("img[id^=preview-]")).getAttribute("class");
    }

    public CaseReviewPage reveal() {
        Browsers.submit(driver, driver.findElement(By.id("review:items:0:reveal")));
        return new CaseReviewPage(driver);
    }

    public CaseReviewPage remove(String reason) {
        new Select(driver.findElement(By.id("review:items:0:decision"))).selectByValue("REMOVE");
        new Select(driver.findElement(By.id("review:items:0:reason"))).selectByValue(reason);
        Browsers.submit(driver, driver.findElement(By.id("review:items:0:decide")));
        return new CaseReviewPage(driver);
    }

    public String message() {
        return driver.findElement(By.id("review-message")).getText();
    }

    public CaseReviewPage claim() {
        Browsers.submit(driver, driver.findElement(By.id("review:claim")));
        return new CaseReviewPage(driver);
    }

    /** Presses "Show this image" (or its download equivalent) on the item at this position of the page. */
    public CaseReviewPage reveal(int position) {
        Browsers.submit(driver, driver.findElement(By.id("review:items:" + position + ":reveal")));
        return new CaseReviewPage(driver);
    }

    /** The picture the browser actually received for this item's preview, once it has loaded: {width, height}. */
    public long[] previewNaturalSize(long itemId) {
        WebElement img = driver.findElement(By.id("preview-" + itemId));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        Object size = ((JavascriptExecutor) driver).executeScript(
                "return [arguments[0].naturalWidth, arguments[0].naturalHeight]", img);
        List<?> both = (List<?>) size;
        return new long[] {((Number) both.get(0)).longValue(), ((Number) both.get(1)).longValue()};
    }

    public String previewClasses(long itemId) {
        return driver.findElement(By.id("preview-" + itemId)).getAttribute("class");
    }

    /** Elements that would make the browser load or render this item's bytes in the page. */
    public List<WebElement> embedsOf(long itemId) {
        return driver.findElements(By.cssSelector("img, object, embed, iframe, video, audio, picture source")).stream()
                .filter(e -> references(e, itemId)).toList();
    }

    private static boolean references(WebElement element, long itemId) {
        for (String attribute : List.of("src", "data", "srcset")) {
            String value = element.getAttribute(attribute);
            if (value != null && value.matches(".*/staff/media/" + itemId + "(/.*)?")) {
                return true;
            }
        }
        return false;
    }

    /** The warning shown instead of a file that is not a picture, or empty. */
    public String fileWarning(long itemId) {
        return driver.findElements(By.id("file-warning-" + itemId)).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    public boolean hasReveal(int position) {
        return !driver.findElements(By.id("review:items:" + position + ":reveal")).isEmpty();
    }

    /** Presses a keyboard shortcut that submits the page, and waits for the next page. */
    public CaseReviewPage shortcut(CharSequence key) {
        WebElement page = driver.findElement(By.tagName("html"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
        Browsers.awaitReplaced(driver, page);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return new CaseReviewPage(driver);
    }

    /** Presses keys that change the page in place (choosing a decision, moving through the reasons). */
    public CaseReviewPage keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    public String chosenDecision() {
        return new Select(driver.findElement(By.id("review:items:0:decision"))).getFirstSelectedOption().getAttribute("value");
    }

    public String chosenReason() {
        return new Select(driver.findElement(By.id("review:items:0:reason"))).getFirstSelectedOption().getAttribute("value");
    }

    /** The labels of the reason groups the page offers now (the script hides those of other decisions). */
    @SuppressWarnings("unchecked")
    public List<String> offeredReasonGroups() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.prototype.map.call("
                + "document.getElementById('review:items:0:reason').querySelectorAll('optgroup:not([hidden])'),"
                + " function (g) { return g.label; });");
    }

    /** The consequence sentences shown now. */
    public List<String> shownEffects() {
        return driver.findElements(By.cssSelector("#item-" + firstItemId() + " .effect")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private String firstItemId() {
        return driver.findElement(By.cssSelector(".item-card[data-item]")).getAttribute("data-item");
    }

    public String shortcutsText() {
        return driver.findElement(By.id("shortcuts")).getAttribute("textContent");
    }

    public String factsText() {
        return driver.findElement(By.cssSelector("dl.facts")).getText();
    }
}
