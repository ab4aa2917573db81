package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Answers#view} caches by declaration and stored text: the same pair is parsed once, any change is a new entry. */
class AnswerViewCacheTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theSameTextGivesTheSameView_otherTextOrAnotherDeclarationANewOne() {
        Answers answers = new Answers(app.app.database(), null);
        Assignment spec = Specs.ok("fields:\n  - id: organisatie\n    type: text\n    label: Organisatie");
        Assignment relabelled = Specs.ok("fields:\n  - id: organisatie\n    type: text\n    label: Bedrijf");
        String first = "{\"organisatie\":\"Eerste\"}";
        AnswerView view = answers.view(spec, first);
        assertSame(view, answers.view(spec, new String(first.toCharArray())), "equal text: not parsed again");
        AnswerView other = answers.view(spec, "{\"organisatie\":\"Tweede\"}");
        assertNotSame(view, other);
        assertEquals(List.of("Eerste", "Tweede"), List.of(view.text().strip(), other.text().strip()));
        assertEquals("Bedrijf", answers.view(relabelled, first).entries().get(0).label(), "another declaration: its own labels");
        assertEquals("Organisatie", answers.view(spec, first).entries().get(0).label());
    }
}
