package org.recourse.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.recourse.testing.Browsers;

/** One evidence record, for the LEGAL role. */
public class LegalRecordPage {

    private final WebDriver driver;

    @FindBy(id = "record-case")
    private WebElement caseNumber;

    @FindBy(id = "record-status")
    private WebElement status;

    @FindBy(id = "record:open")
    private WebElement open;

    @FindBy(css = "#custody tbody tr .custody-action")
    private List<WebElement> custodyActions;

    public LegalRecordPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String caseNumber() {
        return caseNumber.getText();
    }

    public String status() {
        return status.getText();
    }

    public List<String> custody() {
        return custodyActions.stream().map(WebElement::getText).toList();
    }

    /** Opens the metadata (a postback) and returns the page showing it. */
    public LegalRecordPage openMetadata() {
        Browsers.submit(driver, open);
        return new LegalRecordPage(driver);
    }

    public String metadata() {
        return driver.findElement(By.id("metadata")).getText();
    }
}
