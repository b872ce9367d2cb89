package org.recourse.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.recourse.testing.Browsers;

/** The demo gallery, as a person sees it. */
public class GalleryPage {

    private final WebDriver driver;

    @FindBy(css = "ul.gallery > li.tile")
    private List<WebElement> tiles;

    @FindBy(id = "quick-exit")
    private WebElement quickExit;

    public GalleryPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static GalleryPage open(WebDriver driver, String base) {
        driver.get(base + "gallery");
        return new GalleryPage(driver);
    }

    public int tileCount() {
        return tiles.size();
    }

    public String captionOf(String contentId) {
        return tile(contentId).findElement(By.className("tile-caption")).getText();
    }

    public ReportPage report(String contentId) {
        Browsers.submit(driver, tile(contentId).findElement(By.className("report-link")));
        return new ReportPage(driver);
    }

    public void leaveSite() {
        quickExit.click();
    }

    private WebElement tile(String contentId) {
        return driver.findElement(By.id("tile-" + contentId));
    }
}
