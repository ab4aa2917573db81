package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.db.DomainEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a learner does on the assignment page reaches the app's event listeners, each after its commit. */
class SubmissionEventsTest {
    TestApp app;
    WebClient web;
    final List<DomainEvent> seen = new CopyOnWriteArrayList<>();
    final List<String> stateWhenSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        web = Accounts.learnerWithAllStepsOpen(app, "pim@example.nl", "Pim");
        app.app.events().afterCommit(DomainEvent.class, e -> {
            if (!e.getClass().getEnclosingClass().equals(AssignmentEvents.class)) return;
            seen.add(e);
            stateWhenSeen.add(app.app.database().reads().withHandle(h -> h.createQuery("SELECT state FROM answer").mapTo(String.class).one()));
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void post(String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(web.csrf());
        assertEquals(303, web.postForm(path, all).status(), path);
    }

    @Test
    void draftSubmitWithdraw_eachPublishedOnce_afterTheStateIsStored() {
        web.get("/opdracht/1");
        post("/opdracht/1/concept", List.of("organisatie", "Half af", "return", "opdracht"));
        post("/opdracht/1/inleveren", AssignmentTest.stepOne("Bakkerij De Korenbloem"));
        post("/opdracht/1/terugtrekken", List.of());
        assertEquals(List.of(AssignmentEvents.DraftSaved.class, AssignmentEvents.AnswerSubmitted.class, AssignmentEvents.AnswerWithdrawn.class),
                seen.stream().map(Object::getClass).toList());
        assertEquals(List.of("draft", "submitted", "draft"), stateWhenSeen);
        var submitted = (AssignmentEvents.AnswerSubmitted) seen.get(1);
        assertEquals(1, submitted.step());
        assertEquals(1, submitted.revision());
    }
}
