package nl.cursusschrift.account;

import io.javalin.security.RouteRole;

/** Who may use a route. Every route in the routes table names one. */
public enum Role implements RouteRole {
    /** Anyone, signed in or not. */
    ANYONE,
    /** Anyone signed in, whatever their role. */
    SIGNED_IN,
    /** Signed-in learners (the course participants). */
    LEARNER,
    /** Instructors and admins. */
    INSTRUCTOR,
    /** Admins only. */
    ADMIN;

    /** The role stored for a user ("learner", "instructor", "admin"). */
    public static Role ofUser(String stored) {
        return switch (stored) {
            case "learner" -> LEARNER;
            case "instructor" -> INSTRUCTOR;
            case "admin" -> ADMIN;
            default -> throw new IllegalArgumentException("unknown role " + stored);
        };
    }

    public String stored() {
        return name().toLowerCase();
    }

    /** Whether a user with this role may use a route that requires {@code required}. */
    public boolean satisfies(Role required) {
        return switch (required) {
            case ANYONE, SIGNED_IN -> true;
            case LEARNER -> this == LEARNER;
            case INSTRUCTOR -> this == INSTRUCTOR || this == ADMIN;
            case ADMIN -> this == ADMIN;
        };
    }
}
