package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.Test;

/** The password rules of ASVS 2.1: long enough, anything goes, but nothing easy to guess. */
class PasswordPolicyTest {
    static final Passwords PASSWORDS = new Passwords();

    static String problem(String password) {
        return PASSWORDS.problem(password, "anna.devries@example.nl", "Anna de Vries");
    }

    @Test
    void atLeastTwelveCharacters_upTo128_spacesAllowedButNotOnlySpaces() {
        assertEquals("Je wachtwoord moet minstens 12 tekens lang zijn.", problem("elf tekens!"));
        assertEquals("Je wachtwoord moet minstens 12 tekens lang zijn.", problem(" ".repeat(8)));
        assertEquals("Je wachtwoord mag niet alleen uit spaties bestaan.", problem(" ".repeat(12)));
        assertEquals("Je wachtwoord mag niet alleen uit spaties bestaan.", problem(" \t".repeat(10)));
        assertNull(problem("twaalf tekns"), "exactly 12, spaces inside");
        assertNull(problem("fiets op het dak van het station ".repeat(3).substring(0, 64)), "64 characters");
        assertNull(problem("x y z ".repeat(22).substring(0, 128)));
        assertNotNull(problem("x".repeat(129)));
        assertNull(problem("😀ñ€ü🙂 ‰ tabs\tand spaces"), "every character allowed");
    }

    @Test
    void commonPasswords_andTheirEasyVariants_areRefused() {
        for (String weak : new String[] {"superenthousiaste", "Superenthousiaste!", "Welkom2026!!", "welkom2026!!", "WELKOM  2026",
                "Zomer2026!!!", "zomer2026zomer", "2026winter!!", "Herfst-2026!!", "december2026!", "P@ssw0rd2026", "W3lk0m123456",
                "wachtwoord123", "wachtwoordwachtwoord", "qwertyuiop123", "123456789012", "aaaaaaaaaaaaaaa", "abcabcabcabc",
                "Cursusschrift2026", "klantbeleving!!"}) {
            String problem = problem(weak);
            assertNotNull(problem, weak);
            assertTrue(problem.startsWith("Dit wachtwoord wordt door veel mensen gebruikt"), weak + ": " + problem);
        }
        assertNull(problem("lange zomeravond 42"));
        assertNull(problem("correct paard batterij nietje"));
        assertNull(problem("mijn fiets is blauw en oud"));
    }

    @Test
    void theEmailAddressOrTheName_inThePassword_isRefused() {
        for (String personal : new String[] {"anna.devries@example.nl", "ANNA.DEVRIES@EXAMPLE.NL", "anna.devries2026", "ikbenannadevries",
                "Anna de Vries 2026", "annadevries!!", "Anna2026!!!!"}) {
            String problem = problem(personal);
            assertNotNull(problem, personal);
            assertTrue(problem.startsWith("Je wachtwoord lijkt op je naam of e-mailadres"), personal + ": " + problem);
        }
        assertNull(problem("vries in de zomer van negentig"), "a part of the name inside a passphrase is fine");
    }

    @Test
    void theBundledListHasTenThousandEntries() throws IOException {
        try (InputStream in = Passwords.class.getResourceAsStream("/account/common-passwords.txt")) {
            long entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
            assertTrue(entries >= 10_000, entries + " entries");
        }
    }

    @Test
    void registration_refusesTheWeakOnes_withTheReasonNextToTheField() {
        try (TestApp app = TestApp.start()) {
            WebClient web = app.client();
            web.get("/registreren");
            var own = web.post("/registreren", "name", "Piet Jansen", "email", "pietjansen@example.nl", "password", "pietjansen@example.nl", "code", "");
            assertEquals(422, own.status());
            assertTrue(own.text("#f-password-error").startsWith("Je wachtwoord lijkt op je naam of e-mailadres"), own.text("#f-password-error"));
            var spaces = web.post("/registreren", "name", "Piet", "email", "piet@example.nl", "password", " ".repeat(12), "code", "");
            assertEquals("Je wachtwoord mag niet alleen uit spaties bestaan.", spaces.text("#f-password-error"));
            assertTrue(spaces.text("#f-password-hint").startsWith("Minstens 12 tekens"), spaces.text("#f-password-hint"));
        }
    }

    @Test
    void anExistingAccountWithAnOldWeakPassword_stillLogsIn_andIsAskedToChangeIt() {
        try (TestApp app = TestApp.start()) {
            String id = Accounts.user(app, Role.LEARNER, "oud@example.nl", "Oud Lid", null);
            app.app.database().write(h -> h.createUpdate("UPDATE app_user SET password_hash = :h WHERE id = :id")
                    .bind("h", Passwords.hash("zomer2024")).bind("id", id).execute());
            WebClient web = app.client();
            web.get("/inloggen");
            var login = web.post("/inloggen", "email", "oud@example.nl", "password", "zomer2024", "next", "/les/1");
            assertEquals(303, login.status(), login.body());
            assertEquals("/account#wachtwoord-kop", login.location(), "straight to the password form");
            var account = web.get("/account");
            assertTrue(account.text(".alert.warn").startsWith("Je wachtwoord voldoet niet meer aan onze regels"), account.text("main"));
            assertEquals(200, web.get("/les/1").status(), "asked, not locked out");

            Accounts.user(app, Role.LEARNER, "nieuw@example.nl", "Nieuw", null);
            WebClient compliant = Accounts.login(app, "nieuw@example.nl");
            assertTrue(compliant.get("/account").doc().select(".alert.warn").isEmpty(), "no question for a good password");
        }
    }
}
