package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.mail.MailApp;
import nl.cursusschrift.mail.Mailbox;
import org.junit.jupiter.api.Test;

/** A learner who forgot their password at night gets back in alone: login page, form, mail, link, new password, signed in. */
class ForgottenPasswordBrowserTest {

    @Test
    void fromTheLoginPage_throughTheMailLink_toSigningInWithTheNewPassword() {
        try (Mailbox box = Mailbox.start(); TestApp app = MailApp.start(box, TestClock.at("2026-12-02T21:30:00Z"));
             Browser browser = new Browser(); BrowserContext context = browser.phone()) {
            Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte Bakker", null);
            Page page = context.newPage();
            page.navigate(app.url("/inloggen"));
            page.click("text=Wachtwoord vergeten?");
            page.waitForURL(app.url("/wachtwoord-vergeten"));
            Browser.assertAccessible(page);
            page.click("button:has-text('Stuur me een link')");
            assertEquals("Vul je e-mailadres in.", page.textContent("#f-email-error"));
            page.fill("#f-email", "lotte@example.nl");
            page.click("button:has-text('Stuur me een link')");
            assertTrue(page.textContent("[role=status]").contains("Als er een account is met lotte@example.nl"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "forgotten-password-sent-phone");

            MimeMessage mail = box.await(1).get(0);
            String link = Mailbox.link(mail, app.url("/wachtwoord-herstellen/"));
            // The HTML part carries the same link as the text part, as a real mail client would show it.
            page.setContent(Mailbox.parts(mail).html());
            assertEquals(link, page.getAttribute("a", "href"));
            page.click("a");
            page.waitForURL(link);
            Browser.assertAccessible(page);
            page.fill("#f-password", "nachtelijke fietstocht langs de vecht");
            page.click("button:has-text('Wachtwoord opslaan')");
            page.waitForURL(app.url("/inloggen"));
            assertEquals("Je nieuwe wachtwoord is ingesteld. Log ermee in.", page.textContent(".flash"));
            page.fill("#f-email", "lotte@example.nl");
            page.fill("#f-password", "nachtelijke fietstocht langs de vecht");
            page.click("button:has-text('Inloggen')");
            page.waitForURL(app.url("/"));
            assertEquals("Welkom terug, Lotte Bakker.", page.textContent(".flash"));
        }
    }
}
