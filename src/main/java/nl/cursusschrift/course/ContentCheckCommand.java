package nl.cursusschrift.course;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code content check [DIR]}: every problem in the course, or a summary; exit code 1 on problems. */
public final class ContentCheckCommand {
    private ContentCheckCommand() {
    }

    public static int run(String[] args, Path defaultDir, CourseLoader loader, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("check") || args.length > 2) {
            err.println("Gebruik: java -jar target/cursusschrift.jar content check [MAP]");
            return 2;
        }
        Path dir = args.length == 2 ? Path.of(args[1]) : defaultDir;
        CourseLoader.Result result = loader.read(dir);
        if (!result.ok()) {
            result.problems().forEach(err::println);
            err.printf("%d %s in %s%n", result.problems().size(),
                    result.problems().size() == 1 ? "probleem" : "problemen", dir.toAbsolutePath().normalize());
            return 1;
        }
        Course course = result.course();
        out.printf("Cursus '%s': %d lessen, alles in orde.%n", course.title(), course.stepCount());
        for (Lesson lesson : course.lessons()) {
            out.printf("  stap %2d  %-45s %s%n", lesson.step(), lesson.title(), lesson.exercise() == null ? "(geen opdracht)"
                    : "opdracht: " + lesson.exercise().outline());
        }
        return 0;
    }
}
