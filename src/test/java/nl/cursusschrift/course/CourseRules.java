package nl.cursusschrift.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.cursusschrift.yaml.ContentProblem;

/**
 * The rules the shipped course must meet beyond what any course must (those are the loader's):
 * twelve steps, each with an assignment, 600-1,200 words, and no run of ten words copied from
 * the seed articles it was written from.
 */
final class CourseRules {
    static final int STEPS = 12;
    static final int MIN_WORDS = 600;
    static final int MAX_WORDS = 1200;
    static final int COPY_RUN = 10;
    private static final Pattern WORD = Pattern.compile("[a-z0-9\\u00c0-\\u024f']+");

    private CourseRules() {
    }

    static List<String> problems(Path content, Path seeds) {
        CourseLoader.Result result = nl.cursusschrift.Main.courseLoader().read(content);
        List<String> problems = new ArrayList<>(result.problems().stream().map(ContentProblem::toString).toList());
        if (result.course() == null) return problems;
        Course course = result.course();
        if (course.stepCount() != STEPS) problems.add("de cursus heeft " + STEPS + " stappen nodig, niet " + course.stepCount());
        Set<List<String>> seedRuns = seeds == null ? Set.of() : runs(seeds);
        for (Lesson lesson : course.lessons()) {
            if (nl.cursusschrift.assignment.Assignment.of(lesson) == null) problems.add(lesson.file() + ": stap " + lesson.step() + " heeft geen opdracht");
            String text = read(content.resolve(lesson.file()));
            int words = words(body(text)).size();
            if (words < MIN_WORDS || words > MAX_WORDS) {
                problems.add(lesson.file() + ": " + words + " woorden; een les heeft er " + MIN_WORDS + " tot " + MAX_WORDS);
            }
            int copied = copiedRuns(words(text), seedRuns);
            if (copied > 0) problems.add(lesson.file() + ": " + copied + " reeksen van " + COPY_RUN + " woorden komen letterlijk uit de bronartikelen");
        }
        return problems;
    }

    static String body(String lessonFile) {
        int end = lessonFile.indexOf("\n---", 3);
        return end < 0 ? lessonFile : lessonFile.substring(end + 4);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        return words;
    }

    static int copiedRuns(List<String> words, Set<List<String>> seedRuns) {
        int count = 0;
        for (int i = 0; i + COPY_RUN <= words.size(); i++) {
            if (seedRuns.contains(words.subList(i, i + COPY_RUN))) count++;
        }
        return count;
    }

    /** Every run of ten words in the seed articles. */
    static Set<List<String>> runs(Path seeds) {
        Set<List<String>> runs = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                List<String> words = words(read(file));
                for (int i = 0; i + COPY_RUN <= words.size(); i++) runs.add(List.copyOf(words.subList(i, i + COPY_RUN)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** The longest run of words a text shares with the seeds, for the report. */
    static int longestSharedRun(List<String> words, Path seeds) {
        int best = 0;
        for (int n = 1; n <= 40; n++) {
            Set<List<String>> seedRuns = new HashSet<>();
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    List<String> w = words(read(file));
                    for (int i = 0; i + n <= w.size(); i++) seedRuns.add(List.copyOf(w.subList(i, i + n)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean found = false;
            for (int i = 0; i + n <= words.size() && !found; i++) found = seedRuns.contains(words.subList(i, i + n));
            if (!found) return best;
            best = n;
        }
        return best;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
