package nl.cursusschrift.assignment;

/**
 * A part of the assignment block that another feature declares and reads (the insights), kept with
 * the assignment so a submitted answer keeps the declaration it was written with.
 */
public interface AssignmentExtra {
}
