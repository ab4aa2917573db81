package nl.cursusschrift.course;

import java.util.List;
import java.util.Map;

/**
 * The learner's one next step on the course index: unread feedback first, then what the instructor asked to
 * change, then the first open step without a handed-in answer from this week's step or the one after the furthest
 * step handed in (whichever is later), then an earlier step left undone, and when everything open is done, the
 * step that opens next.
 */
final class NextStep {
    private NextStep() {
    }

    static HomePage.Now of(Course course, List<HomePage.StepCard> cards, Map<Integer, StepProgress.State> work, int week) {
        for (HomePage.StepCard card : cards) {
            StepProgress.State state = work.get(card.step());
            if (state != null && state.unread()) {
                return new HomePage.Now("Nieuwe feedback", card, "Je docent heeft gereageerd op je antwoord bij deze stap.",
                        "/opdracht/" + card.step(), "Lees de feedback");
            }
        }
        for (HomePage.StepCard card : cards) {
            StepProgress.State state = work.get(card.step());
            if (state != null && state.revise()) {
                return new HomePage.Now("Graag aanpassen", card, "Je docent vraagt je je antwoord aan te passen.",
                        "/opdracht/" + card.step(), "Pas stap " + card.step() + " aan");
            }
        }
        int furthest = cards.stream().filter(c -> work.get(c.step()) != null && work.get(c.step()).done())
                .mapToInt(HomePage.StepCard::step).max().orElse(0);
        int from = Math.max(week, furthest + 1);
        List<HomePage.StepCard> todo = cards.stream()
                .filter(c -> c.open() && hasAssignment(course, c.step()) && (work.get(c.step()) == null || !work.get(c.step()).done())).toList();
        HomePage.StepCard next = todo.stream().filter(c -> c.step() >= from).findFirst().orElse(todo.isEmpty() ? null : todo.get(0));
        if (next != null) {
            return new HomePage.Now(next.step() == week ? "Deze week" : next.step() < week ? "Nog te doen" : "Volgende stap",
                    next, next.summary(), "/les/" + next.step(), "Naar stap " + next.step());
        }
        for (HomePage.StepCard card : cards) {
            if (!card.open()) {
                return new HomePage.Now("Straks", card, "Alles wat open staat heb je ingeleverd. Lees intussen terug wat je schreef.",
                        "/schrift", "Naar mijn schrift");
            }
        }
        HomePage.StepCard last = cards.get(cards.size() - 1);
        return new HomePage.Now("Klaar", last, "Je hebt alle " + cards.size() + " stappen ingeleverd. Lees terug, print je schrift of neem het mee.",
                "/schrift", "Naar mijn schrift");
    }

    private static boolean hasAssignment(Course course, int step) {
        return course.lesson(step).map(l -> l.exercise() != null).orElse(false);
    }
}
