package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.Test;

/** What `content check` (and the start) finds besides YAML: images and internal links that lead nowhere, and YAML said plainly. */
class ContentLinksTest {

    static List<String> problems(Path dir) {
        return Main.courseLoader().read(dir).problems().stream().map(Object::toString).toList();
    }

    static Path courseWith(String file, String text) throws IOException {
        Path dir = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/er-is.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(dir.resolve(file), text);
        return dir;
    }

    @Test
    void aMissingImage_orALinkToAStepOrFileThatDoesNotExist_isReportedWithFileAndLine() throws IOException {
        Path dir = courseWith("03-de-klantreis.md", """
                ---
                step: 3
                title: De klantreis
                summary: S.
                ---
                ## Beelden

                ![bestaat](/media/er-is.svg) en ![ontbreekt](/media/bestaat-niet.svg)

                Lees [stap 2](/les/2), [stap 9](/les/9), [het schema](/media/schema.pdf) en [buiten](https://example.org/x).

                ![verkeerd pad](media/er-is.svg)
                """);
        List<String> found = problems(dir);
        assertEquals(List.of(
                "03-de-klantreis.md:8: afbeelding '/media/bestaat-niet.svg' bestaat niet: zet het bestand in media/ of verbeter de naam",
                "03-de-klantreis.md:10: link '/les/9' gaat naar een stap die niet bestaat (de cursus heeft 3 stappen)",
                "03-de-klantreis.md:10: link '/media/schema.pdf' gaat naar een bestand dat niet in media/ staat",
                "03-de-klantreis.md:12: afbeelding 'media/er-is.svg' werkt niet op de pagina: begin het adres met /media/"), found);
    }

    @Test
    void anUnclosedQuote_isReportedWhereTheQuoteOpens_inPlainDutch() throws IOException {
        Path dir = courseWith("02-contactmomenten.md", "---\nstep: 2\ntitle: \"Alle contactmomenten\nsummary: S.\n---\nTekst\n");
        List<String> found = problems(dir);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("02-contactmomenten.md:3: ongeldige YAML: aanhalingsteken niet gesloten"), found.get(0));
    }

    @Test
    void commonYamlMistakes_areSaidInDutch() throws IOException {
        for (String[] c : new String[][] {
                {"title: [kapot", "3", "lijst met [ is niet gesloten met ]"},
                {"title: Dit: kan niet", "3", "dubbele punt"},
                {"title: x\n\tsummary: y", "4", "tab"},
                {"title: {a: b", "3", "blok met { is niet gesloten met }"}}) {
            Path dir = courseWith("02-contactmomenten.md", "---\nstep: 2\n" + c[0] + "\n---\nTekst\n");
            List<String> found = problems(dir);
            assertEquals(1, found.size(), c[0] + ": " + found);
            assertTrue(found.get(0).startsWith("02-contactmomenten.md:" + c[1] + ": ongeldige YAML: "), c[0] + ": " + found.get(0));
            assertTrue(found.get(0).contains(c[2]), c[0] + ": " + found.get(0));
            assertFalse(found.get(0).matches(".*(expected|found|stream|scanning|mapping values).*"), "parser jargon: " + found.get(0));
        }
    }

    @Test
    void aLessonThatFailedToParse_doesNotAlsoMakeItsStepMissing() throws IOException {
        Path dir = courseWith("02-contactmomenten.md", "---\nstep: 2\ntitle: \"kapot\nsummary: S.\n---\n");
        assertFalse(problems(dir).toString().contains("ontbreekt"), problems(dir).toString());
        Path unknownStep = courseWith("02-contactmomenten.md", "---\nstap: 2\ntitle: Kapot\n---\n");
        List<String> found = problems(unknownStep);
        assertTrue(found.toString().contains("'step' ontbreekt"), found.toString());
        assertFalse(found.toString().contains("stap 2 ontbreekt"), "02 may well be step 2: " + found);
    }
}
