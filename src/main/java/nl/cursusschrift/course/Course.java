package nl.cursusschrift.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The course as loaded from the content directory; immutable, replaced whole on reload. */
public record Course(
        String title,
        String subtitle,
        String descriptionHtml,
        LocalDate startDate,
        Pacing pacing,
        List<Lesson> lessons) {

    public Optional<Lesson> lesson(int step) {
        return step >= 1 && step <= lessons.size() ? Optional.of(lessons.get(step - 1)) : Optional.empty();
    }

    public int stepCount() {
        return lessons.size();
    }
}
