package nl.cursusschrift.course;

/**
 * One weekly step: its text rendered once at load time, and the assignment block as declared.
 *
 * @param assignmentBlock the front matter's {@code assignment:} node, kept for the assignment engine
 */
public record Lesson(int step, String title, String summary, String html, String file, YamlNode assignmentBlock) {
}
