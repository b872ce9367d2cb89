package org.recourse.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The report form. */
public class ReportPage {

    private final WebDriver driver;

    @FindBy(id = "locations")
    private WebElement locations;

    @FindBy(id = "selfReport")
    private WebElement selfReport;

    @FindBy(id = "details")
    private WebElement details;

    @FindBy(id = "send")
    private WebElement send;

    public ReportPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String locations() {
        return locations.getAttribute("value");
    }

    public ReportPage choose(String categoryCode) {
        driver.findElement(By.cssSelector("input[name=category][value=" + categoryCode + "]")).click();
        return this;
    }

    public ReportPage thisIsMe() {
        selfReport.click();
        return this;
    }

    public ReportPage details(String text) {
        details.sendKeys(text);
        return this;
    }

    /** Sends the form and waits for the next page: the confirmation, or the form again with its error summary. */
    public ConfirmationPage send() {
        send.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("reference")).isEmpty()
                || !d.findElements(By.id("error-summary")).isEmpty());
        if (!driver.findElements(By.id("error-summary")).isEmpty()) {
            throw new AssertionError("the form was refused: " + errorSummary());
        }
        return new ConfirmationPage(driver);
    }

    public String errorSummary() {
        return driver.findElement(By.id("error-summary")).getText();
    }
}
