package org.recourse.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** The confirmation a reporter sees after sending. */
public class ConfirmationPage {

    private final WebDriver driver;

    @FindBy(id = "reference")
    private WebElement reference;

    @FindBy(id = "next-steps")
    private WebElement nextSteps;

    public ConfirmationPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String reference() {
        return reference.getText();
    }

    public String nextSteps() {
        return nextSteps.getText();
    }

    public boolean saysHidden() {
        return !driver.findElements(By.id("hidden-statement")).isEmpty();
    }

    /** The Copy button that the page's script puts beside the reference. */
    public boolean offersCopyButton() {
        List<WebElement> buttons = driver.findElements(By.id("copy"));
        return !buttons.isEmpty() && buttons.get(0).isDisplayed();
    }

    /** "Type it once": types the reference into the check field, presses Check, and returns what the page says. */
    public String checkTyped(String typed) {
        driver.findElement(By.id("typed")).sendKeys(typed);
        driver.findElement(By.id("checkButton")).click();
        return driver.findElement(By.id("check-result")).getText();
    }

    /** The Print button that the page's script puts in place of the plain-text hint. */
    public boolean offersPrintButton() {
        List<WebElement> buttons = driver.findElements(By.id("print"));
        return !buttons.isEmpty() && buttons.get(0).isDisplayed();
    }
}
