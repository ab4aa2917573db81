package nl.cursusschrift.course;

import nl.cursusschrift.web.Html;

/**
 * One weekly step: its text rendered once at load time, and the exercise its front matter
 * declares (null when it has none).
 */
public record Lesson(int step, String title, String summary, Html html, String file, Exercise exercise) {
}
