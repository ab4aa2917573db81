package nl.cursusschrift.course;

import nl.cursusschrift.assignment.Assignment;

/**
 * One weekly step: its text rendered once at load time, and its assignment (null when it has none).
 */
public record Lesson(int step, String title, String summary, String html, String file, Assignment assignment) {
}
