package org.recourse.it.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.recourse.testing.Browsers;

/** The staff sign-in page. */
public class StaffSignInPage {

    private final WebDriver driver;

    @FindBy(id = "username")
    private WebElement username;

    @FindBy(id = "password")
    private WebElement password;

    @FindBy(id = "code")
    private WebElement code;

    @FindBy(id = "signInButton")
    private WebElement signIn;

    public StaffSignInPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static StaffSignInPage open(WebDriver driver, String base) {
        driver.get(base + "staff/login");
        return new StaffSignInPage(driver);
    }

    /** Signs a LEGAL member in: the landing page sends them on to the vault's records. */
    public LegalRecordsPage signInToVault(String user, String secret, String oneTimeCode) {
        username.sendKeys(user);
        password.sendKeys(secret);
        code.sendKeys(oneTimeCode);
        Browsers.submit(driver, signIn);
        return new LegalRecordsPage(driver);
    }

    public StaffQueuePage signIn(String user, String secret, String oneTimeCode) {
        username.sendKeys(user);
        password.sendKeys(secret);
        code.sendKeys(oneTimeCode);
        Browsers.submit(driver, signIn);
        return new StaffQueuePage(driver);
    }
}
