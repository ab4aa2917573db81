package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Draws the charts an assignment declares from one answer; the insight package implements it. */
@FunctionalInterface
public interface Figures {
    List<Figure> of(Assignment assignment, ObjectNode document);
}
