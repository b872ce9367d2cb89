package org.recourse.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.testing.Browsers;

/** The status page: a reference in, a timeline (or a reason) out. */
public class StatusLookupPage {

    private final WebDriver driver;

    @FindBy(id = "reference")
    private WebElement reference;

    @FindBy(id = "lookUp")
    private WebElement lookUp;

    public StatusLookupPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static StatusLookupPage open(WebDriver driver, String base) {
        driver.get(base + "status");
        return new StatusLookupPage(driver);
    }

    /** Looks a reference up and waits for the answer: a result, "not found", or the error summary. */
    public StatusLookupPage lookUp(String typed) {
        reference.clear();
        reference.sendKeys(typed);
        // The page that answers replaces this one (a plain form post): waiting for it first keeps a result already
        // shown here (a look-up made from a result page) from being taken for the new answer.
        Browsers.submit(driver, lookUp);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("result")).isEmpty()
                || !d.findElements(By.id("not-found")).isEmpty() || !d.findElements(By.id("error-summary")).isEmpty());
        return new StatusLookupPage(driver);
    }

    /** The stage as the page marks it ({@code received}, {@code in_review}, {@code decided}), or null. */
    public String stage() {
        return driver.findElements(By.id("result")).stream().findFirst().map(r -> r.getAttribute("data-stage"))
                .orElse(null);
    }
}
