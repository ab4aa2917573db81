package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Argon2id in the PHC format: the hashes stored by the previous library still verify, and nothing malformed does. */
class Argon2HashTest {
    /** Made by password4j 1.8.4 (the library before this one) for the demo accounts' password "demo-wachtwoord". */
    private static final String MADE_BY_PASSWORD4J =
            "$argon2id$v=19$m=19456,t=2,p=1$UlWnABL/DKNkAV+a8dFBHQ$QFgCF/1ic8L99JJOQX7hXlum4QqgaJK1vIdDkUE1okg";

    @Test
    void aHashStoredByThePreviousLibraryStillVerifies() {
        assertTrue(Argon2Hash.matches("demo-wachtwoord", MADE_BY_PASSWORD4J));
        assertFalse(Argon2Hash.matches("demo-wachtwoorD", MADE_BY_PASSWORD4J));
    }

    @Test
    void aNewHashUsesTheOwaspParametersAndARandomSalt() {
        String first = Argon2Hash.hash("een lange zin als wachtwoord");
        String second = Argon2Hash.hash("een lange zin als wachtwoord");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(Argon2Hash.matches("een lange zin als wachtwoord", first));
        assertTrue(Argon2Hash.matches("een lange zin als wachtwoord", second));
        assertFalse(Argon2Hash.matches("een lange zin als wachtwoord ", first));
        assertTrue(Argon2Hash.matches("wachtwoord met é en 漢字", Argon2Hash.hash("wachtwoord met é en 漢字")), "UTF-8");
    }

    @Test
    void malformedOrOutOfBoundsHashesNeverMatch() {
        String good = MADE_BY_PASSWORD4J;
        for (String bad : List.of("", "$argon2id$", "argon2id$v=19$m=19456,t=2,p=1$UlWnABL/DKNkAV+a8dFBHQ$QFgCF",
                good.replace("argon2id", "argon2x"), good.replace("v=19", "v=20"), good.replace("m=19456", "m=0"),
                good.replace("m=19456", "m=99999999"), good.replace("t=2", "t=0"), good.replace("p=1", "p=-1"),
                good.replace(",p=1", ""), good.replace("m=19456", "x=19456"), good.replace("UlWnABL", "Ul!nABL"),
                good.substring(0, good.lastIndexOf('$') + 4), "!unset:abc", "$2a$10$abcdefghijklmnopqrstuv")) {
            assertFalse(Argon2Hash.matches("demo-wachtwoord", bad), bad);
        }
        assertFalse(Argon2Hash.matches("demo-wachtwoord", null));
    }
}
