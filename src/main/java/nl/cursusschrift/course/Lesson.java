package nl.cursusschrift.course;

import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.web.Html;

/**
 * One weekly step: its text rendered once at load time, and its assignment (null when it has none).
 */
public record Lesson(int step, String title, String summary, Html html, String file, Assignment assignment) {
}
