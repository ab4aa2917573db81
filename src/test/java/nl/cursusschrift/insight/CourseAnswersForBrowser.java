package nl.cursusschrift.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chart-drawing steps of the real course, answered, for the browser test. */
public final class CourseAnswersForBrowser {
    private CourseAnswersForBrowser() {
    }

    public static Map<Integer, List<String>> all() {
        Map<Integer, List<String>> steps = new LinkedHashMap<>();
        steps.put(3, CourseAnswers.step3());
        steps.put(5, CourseAnswers.step5("Maakt niet uit", "Magisch", "Maakt niet uit", "Maakt niet uit", "Miserabel", "Maakt niet uit"));
        steps.put(6, CourseAnswers.step6());
        steps.put(7, CourseAnswers.step7(10, 9, 9, 8, 7, 6, 5, 10, 9, 3, 8, 9));
        return steps;
    }
}
