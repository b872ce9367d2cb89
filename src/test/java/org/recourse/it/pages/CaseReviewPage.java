package org.recourse.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.Select;
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
}
