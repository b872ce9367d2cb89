package org.recourse.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.recourse.testing.Browsers;

/** The triage queue. */
public class StaffQueuePage {

    private final WebDriver driver;

    @FindBy(css = "#queue\\:cases tbody tr")
    private List<WebElement> rows;

    @FindBy(id = "queue:takeNext")
    private WebElement takeNext;

    public StaffQueuePage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public String firstCaseNumber() {
        return rows.get(0).findElement(By.className("case-link")).getText();
    }

    public boolean firstRowIsOverdue() {
        return rows.get(0).getAttribute("class").contains("overdue");
    }

    public String firstRowTimeLeft() {
        return rows.get(0).findElement(By.className("countdown")).getText();
    }

    public CaseReviewPage takeNext() {
        Browsers.submit(driver, takeNext);
        return new CaseReviewPage(driver);
    }
}
