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
        if (driver.findElements(org.openqa.selenium.By.id("username")).isEmpty()) {
            // Seen once under the whole suite's load: no form on the page. Keep what the browser showed, to tell why.
            String shown = driver.getCurrentUrl() + " \"" + driver.getTitle() + "\": "
                    + driver.findElements(org.openqa.selenium.By.tagName("body")).stream().map(WebElement::getText)
                    .findFirst().orElse("(no body)");
            try {
                java.nio.file.Path folder = java.nio.file.Files.createDirectories(
                        java.nio.file.Path.of("target", "screenshots"));
                java.nio.file.Files.writeString(folder.resolve("staff-login-without-form.html"),
                        driver.getPageSource());
                if (driver instanceof org.openqa.selenium.TakesScreenshot camera) {
                    java.nio.file.Files.write(folder.resolve("staff-login-without-form.png"),
                            camera.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new AssertionError("The staff sign-in page has no form: " + shown.substring(0,
                    Math.min(shown.length(), 500)));
        }
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
