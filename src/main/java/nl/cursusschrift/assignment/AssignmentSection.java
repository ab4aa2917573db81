package nl.cursusschrift.assignment;

import gg.jte.Content;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.LessonSection;
import nl.cursusschrift.course.Reader;
import nl.cursusschrift.web.Page;

/** The weekly assignment below a lesson: the learner's own, or for staff the form as learners get it. */
public final class AssignmentSection implements LessonSection {
    private final CourseLibrary courses;
    private final AssignmentPanels panels;

    public AssignmentSection(CourseLibrary courses, AssignmentPanels panels) {
        this.courses = courses;
        this.panels = panels;
    }

    @Override
    public Optional<Content> render(Context ctx, Lesson lesson, Optional<Reader> reader) {
        if (reader.isEmpty() || Assignment.of(lesson) == null) return Optional.empty();
        AssignmentPanel panel;
        if (reader.get().isStaff()) {
            panel = panels.preview(lesson);
        } else {
            panel = panels.forLearner(reader.get().id(), courses.current(), lesson,
                    new AssignmentPanels.Request(null, AssignmentPanels.extraItem(ctx, lesson), null, "les"));
        }
        return Optional.of(Page.partial(ctx, "assignment/panel.jte", Map.of("panel", panel)));
    }
}
