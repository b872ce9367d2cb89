package org.recourse.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.recourse.testing.Browsers;

/** The vault's records, for the LEGAL role. */
public class LegalRecordsPage {

    private final WebDriver driver;

    @FindBy(css = "#records tbody tr")
    private List<WebElement> rows;

    @FindBy(id = "case")
    private WebElement caseNumber;

    @FindBy(id = "apply")
    private WebElement apply;

    @FindBy(id = "key-fingerprint")
    private WebElement fingerprint;

    @FindBy(css = "header nav a")
    private List<WebElement> navigation;

    public LegalRecordsPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public LegalRecordsPage filterByCase(String number) {
        caseNumber.clear();
        caseNumber.sendKeys(number);
        Browsers.submit(driver, apply);
        return new LegalRecordsPage(driver);
    }

    /** Each row's text: record, case, category, sealed, status. */
    public List<String> rows() {
        return rows.stream().map(WebElement::getText).toList();
    }

    public List<String> navigation() {
        return navigation.stream().map(WebElement::getText).toList();
    }

    public String fingerprint() {
        return fingerprint.getText();
    }

    public LegalRecordPage openFirst() {
        Browsers.submit(driver, rows.get(0).findElement(By.className("record-link")));
        return new LegalRecordPage(driver);
    }
}
