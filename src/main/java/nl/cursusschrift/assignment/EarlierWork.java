package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;

/** What a learner wrote in earlier steps, where an assignment shows it ({@code shows}) or starts from it ({@code prefill}). */
final class EarlierWork {
    private final Answers answers;

    EarlierWork(Answers answers) {
        this.answers = answers;
    }

    /** The learner's latest words per earlier step (the draft, else the submitted version), for {@code shows}. */
    Map<Integer, AssignmentForm.Earlier> shown(String userId, Course course, int step, Assignment assignment) {
        boolean needed = assignment.fields().stream().anyMatch(f -> f.common().shows() != null);
        if (!needed) return Map.of();
        Map<Integer, AssignmentForm.Earlier> result = new HashMap<>();
        Map<Integer, Answers.Revision> latest = answers.latestRevisions(userId);
        Map<Integer, Answers.Answer> all = answers.allOf(userId);
        for (Lesson lesson : course.lessons()) {
            Assignment earlier = Assignment.of(lesson);
            if (lesson.step() >= step || earlier == null) continue;
            Answers.Revision revision = latest.get(lesson.step());
            Answers.Answer answer = all.get(lesson.step());
            AnswerView view = null;
            if (answer != null && answer.draft() != null) {
                view = answers.view(earlier, answer.draft());
            } else if (revision != null) {
                view = answers.view(revision);
            }
            if (view != null) result.put(lesson.step(), new AssignmentForm.Earlier(lesson.step(), lesson.title(), view));
        }
        return result;
    }

    /** A fresh answer starts from the items of an earlier step, where the assignment says so. */
    ObjectNode prefill(String userId, Assignment assignment) {
        ObjectNode document = Json.object();
        for (Field field : assignment.fields()) {
            if (!(field instanceof Group group) || group.prefill() == null) continue;
            ObjectNode source = latestDocument(userId, group.prefill().step());
            if (source == null || !source.path(group.prefill().field()).isArray()) continue;
            var items = document.putArray(group.id());
            for (var item : source.get(group.prefill().field())) {
                ObjectNode copy = Json.object();
                for (Leaf sub : group.fields()) {
                    if (item.has(sub.id())) copy.set(sub.id(), item.get(sub.id()));
                }
                if (FormInput.hasContent(copy)) items.add(copy);
            }
        }
        return document;
    }

    private ObjectNode latestDocument(String userId, int step) {
        Optional<Answers.Answer> answer = answers.find(userId, step);
        if (answer.isEmpty()) return null;
        if (answer.get().draft() != null) return answer.get().draftDocument();
        return answers.revisions(userId, step).stream().findFirst().map(Answers.Revision::document).orElse(null);
    }
}
