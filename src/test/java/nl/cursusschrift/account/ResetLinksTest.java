package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.db.Transactions;
import org.junit.jupiter.api.Test;

/** Only the newest reset link of an account works: one handed out earlier and lost stays lost. */
class ResetLinksTest {

    @Test
    void aNewLink_revokesTheEarlierUnusedOne() {
        try (TestApp app = TestApp.start()) {
            String id = Accounts.user(app, Role.LEARNER, "fleur@example.nl", "Fleur", null);
            var links = new nl.cursusschrift.account.Accounts(new Transactions(app.app.database(), app.app.events()), app.clock);
            String first = links.resetLink(id);
            String second = links.resetLink(id);
            WebClient web = app.client();
            var old = web.get("/wachtwoord-herstellen/" + first);
            assertEquals(410, old.status());
            assertTrue(old.text(".alert.error").startsWith("Er is een nieuwere link gemaakt"), old.text(".alert.error"));
            assertEquals(200, web.get("/wachtwoord-herstellen/" + second).status());
            assertEquals(410, web.post("/wachtwoord-herstellen/" + first, "password", "nieuwe lente in utrecht").status());
            assertEquals(303, web.post("/wachtwoord-herstellen/" + second, "password", "nieuwe lente in utrecht").status());
            String third = links.resetLink(id);
            assertEquals(410, web.get("/wachtwoord-herstellen/" + second).status(), "used stays used");
            assertTrue(web.get("/wachtwoord-herstellen/" + second).text(".alert.error").startsWith("Deze link is al gebruikt."));
            assertEquals(200, web.get("/wachtwoord-herstellen/" + third).status());
        }
    }
}
