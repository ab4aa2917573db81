package nl.cursusschrift.account;

import io.javalin.security.RouteRole;

/** Who may use a route. Every route in the routes table names one. */
public enum Role implements RouteRole {
    /** Anyone, signed in or not. */
    ANYONE,
    /** Signed-in learners (the course participants). */
    LEARNER,
    /** Instructors and admins. */
    INSTRUCTOR,
    /** Admins only. */
    ADMIN
}
