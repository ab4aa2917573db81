package nl.cursusschrift.course;

import java.io.PrintStream;
import java.nio.file.Path;
import nl.cursusschrift.cli.CliOptions;

/** {@code content check [DIR]}: every problem in the course, or a summary; exit code 1 on problems. */
public final class ContentCheckCommand {
    private ContentCheckCommand() {
    }

    public static int run(String[] args, Path defaultDir, CourseLoader loader, PrintStream out, PrintStream err) {
        if (args.length == 0) throw new CliOptions.Misuse("geef een opdracht: content check [MAP]");
        if (!args[0].equals("check")) throw new CliOptions.Misuse("onbekende opdracht 'content " + args[0] + "'");
        var options = CliOptions.parse("content check", java.util.Arrays.copyOfRange(args, 1, args.length), java.util.Set.of(),
                java.util.Set.of(), 1);
        Path dir = options.positionals().isEmpty() ? defaultDir : Path.of(options.positionals().get(0));
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
