package nl.cursusschrift.insight;

/**
 * A computation declared under {@code assignment.insights}: what to count or draw from which field.
 * Each type names the group field it reads and the sub-fields it uses.
 */
public sealed interface InsightSpec extends nl.cursusschrift.assignment.AssignmentExtra permits InsightSpec.Share, InsightSpec.Nps, InsightSpec.Plot, InsightSpec.Curve {

    /** The group field the numbers come from. */
    String field();

    /** Share of items per option of a choice sub-field, one option highlighted ('Maakt niet uit'). */
    record Share(String field, String by, String highlight) implements InsightSpec {
    }

    /** Net Promoter Score of a score sub-field: % 9-10 minus % 0-6. */
    record Nps(String field, String score) implements InsightSpec {
    }

    /** Items placed on a chart: x and y from numeric sub-fields, labelled. */
    record Plot(String field, String x, String y, String label) implements InsightSpec {
    }

    /** A journey drawn as a curve of feeling, items with {@code mark = markValue} marked as peaks. */
    record Curve(String field, String mark, String markValue) implements InsightSpec {
    }
}
