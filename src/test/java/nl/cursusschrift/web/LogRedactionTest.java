package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.LogCapture;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Test;

/** A secret in a path (a reset link's token) never reaches a log line: copied from there, it would work. */
class LogRedactionTest {

    @Test
    void aResetToken_isHiddenInTheRequestLog_forEveryWayTheLinkIsUsed() throws Exception {
        try (TestApp app = TestApp.start(); LogCapture log = LogCapture.start()) {
            String userId = Accounts.user(app, Role.LEARNER, "fleur@example.nl", "Fleur", null);
            String token = new nl.cursusschrift.account.Accounts(new nl.cursusschrift.db.Transactions(app.app.database(), app.app.events()),
                    app.clock).resetLink(userId);
            WebClient web = app.client();
            assertEquals(200, web.get("/wachtwoord-herstellen/" + token).status());
            assertEquals(422, web.post("/wachtwoord-herstellen/" + token, "password", "kort").status());
            web.get("/wachtwoord-herstellen/" + token + "/meer");
            RawHttp.send(app.app.port(), "POST /wachtwoord-herstellen/" + token + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            String text = log.await("POST /wachtwoord-herstellen/*** 400");
            assertFalse(text.contains(token), "the token is in the log:\n" + text);
            assertTrue(text.contains("GET /wachtwoord-herstellen/*** 200"), text);
            assertTrue(text.contains("POST /wachtwoord-herstellen/*** 422"), text);
        }
    }

    @Test
    void secretPaths_followTheRoutesTable() {
        SecretPaths secrets = new SecretPaths(() -> List.of("/les/{step}", "/wachtwoord-herstellen/{token}", "/agenda/{token}.ics"));
        assertEquals("/wachtwoord-herstellen/***", secrets.redact("/wachtwoord-herstellen/abcdefghijklmnopqrstuv"));
        assertEquals("/agenda/***", secrets.redact("/agenda/abcdefghijklmnopqrstuv.ics"));
        assertEquals("/les/5", secrets.redact("/les/5"));
        assertEquals("/wachtwoord-herstellen/", secrets.redact("/wachtwoord-herstellen/"));
    }
}
