package nl.cursusschrift.notebook;

import java.util.List;

/**
 * What one export holds: whose work in which course, when it was made (epoch milliseconds), and the
 * steps as {@link WorkHistory} read them.
 */
record ExportedWork(String courseTitle, String learnerName, long exportedAt, List<WorkHistory.Step> steps) {
}
