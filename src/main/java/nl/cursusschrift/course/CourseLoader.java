package nl.cursusschrift.course;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;
import nl.cursusschrift.yaml.Problems;
import nl.cursusschrift.yaml.ContentProblem;

/**
 * Reads {@code course.yml} and every {@code *.md} lesson in the content directory.
 * Collects every problem in every file before giving up, so an author fixes them in one go.
 */
public final class CourseLoader {
    static final String COURSE_FILE = "course.yml";
    private static final long MAX_FILE_BYTES = 1_000_000;
    private final LessonMarkdown markdown = new LessonMarkdown();
    private final ExerciseReader exercises;

    /** @param exercises reads the {@code assignment:} blocks (the assignment package's parser) */
    public CourseLoader(ExerciseReader exercises) {
        this.exercises = exercises;
    }

    /** The result of reading a content directory: the course when it is usable, and every problem. */
    public record Result(Course course, List<ContentProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Loads the course or throws with every problem found. */
    public Course load(Path dir) {
        Result result = read(dir);
        if (!result.ok()) throw new ContentException(result.problems());
        return result.course();
    }

    public Result read(Path dir) {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new ContentProblem(dir.toAbsolutePath().normalize().toString(), 0,
                    "map met cursusinhoud niet gevonden; zet CONTENT_DIR op de map met course.yml en de lessen"));
            return new Result(null, problems);
        }
        CourseHeader header = readCourseFile(dir, problems);
        List<Lesson> lessons = readLessons(dir, problems);
        if (!problems.isEmpty() || header == null) return new Result(null, problems);
        return new Result(new Course(header.title, header.subtitle, header.descriptionHtml,
                header.startDate, header.pacing, lessons), problems);
    }

    private record CourseHeader(String title, String subtitle, String descriptionHtml,
                                java.time.LocalDate startDate, Pacing pacing) {
    }

    private CourseHeader readCourseFile(Path dir, List<ContentProblem> sink) {
        Path file = dir.resolve(COURSE_FILE);
        Problems problems = new Problems(COURSE_FILE, 1, sink);
        if (!Files.isRegularFile(file)) {
            problems.addAtFileLine(0, "bestand ontbreekt: elke cursus heeft een course.yml met ten minste 'title'");
            return null;
        }
        String text = readText(file, problems);
        if (text == null) return null;
        YamlNode root = YamlNode.parse(text, problems);
        if (root == null) {
            if (problems.isEmpty()) problems.addAtFileLine(1, "bestand is leeg: zet er ten minste 'title' in");
            return null;
        }
        YamlMap map = root.asMap("course.yml");
        if (map == null) return null;
        String title = map.string("title", true);
        String subtitle = map.string("subtitle", false);
        String description = map.string("description", false);
        var startDate = map.date("start_date");
        String pacingText = map.string("pacing", false);
        Pacing pacing = Pacing.parse(pacingText);
        if (pacing == null) {
            map.node("pacing").problem("'pacing' moet 'weekly' of 'open' zijn, niet '" + pacingText + "'");
        }
        map.rejectUnknownKeys();
        return new CourseHeader(title, subtitle, description == null ? "" : markdown.render(description), startDate, pacing);
    }

    private List<Lesson> readLessons(Path dir, List<ContentProblem> sink) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(CourseLoader::isLessonFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            sink.add(new ContentProblem(dir.toString(), 0, "map kan niet gelezen worden: " + e.getMessage()));
            return List.of();
        }
        if (files.isEmpty()) {
            sink.add(new ContentProblem(dir.toString(), 0, "geen lessen gevonden: zet ten minste één bestand als 01-welkom.md in de map"));
            return List.of();
        }
        Map<Integer, String> fileOfStep = new HashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        List<LessonLinks.Found> links = new ArrayList<>();
        java.util.Set<Integer> brokenSteps = new java.util.HashSet<>();
        boolean stepUnknown = false;
        for (Path file : files) {
            Problems problems = new Problems(file.getFileName().toString(), 2, sink);
            Lesson lesson = readLesson(file, problems, links);
            if (lesson == null) {
                // A file that failed may still hold its step: then that step is not missing, only broken.
                Integer declared = FrontMatter.declaredStep(readQuietly(file));
                if (declared == null) stepUnknown = true;
                else brokenSteps.add(declared);
                continue;
            }
            String earlier = fileOfStep.putIfAbsent(lesson.step(), lesson.file());
            if (earlier != null) {
                problems.addAtFileLine(2, "stap " + lesson.step() + " bestaat al in " + earlier);
                continue;
            }
            lessons.add(lesson);
        }
        lessons.sort(Comparator.comparingInt(Lesson::step));
        java.util.TreeSet<Integer> steps = new java.util.TreeSet<>(brokenSteps);
        lessons.forEach(l -> steps.add(l.step()));
        if (!stepUnknown) {
            for (int expected = 1; !steps.isEmpty() && expected <= steps.last(); expected++) {
                if (steps.contains(expected)) continue;
                int missing = expected;
                String after = lessons.stream().filter(l -> l.step() > missing).map(Lesson::file).findFirst().orElse(files.get(0).getFileName().toString());
                sink.add(new ContentProblem(after, 2, "stap " + missing + " ontbreekt: de stappen moeten zonder gaten vanaf 1 genummerd zijn"));
                break;
            }
        }
        LessonLinks.check(links, dir, steps.isEmpty() ? 0 : steps.last(), sink);
        if (sink.isEmpty()) exercises.checkAcross(lessons, sink);
        return lessons;
    }

    static boolean isLessonFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".") && !name.startsWith("_")
                && !name.equalsIgnoreCase("README.md") && Files.isRegularFile(path);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Lesson readLesson(Path file, Problems problems, List<LessonLinks.Found> links) {
        String text = readText(file, problems);
        if (text == null) return null;
        FrontMatter split = FrontMatter.split(text, problems);
        if (split == null) return null;
        YamlNode root = YamlNode.parse(split.yaml(), problems);
        if (root == null) {
            if (problems.isEmpty()) problems.addAtFileLine(2, "front matter is leeg: 'step', 'title' en 'summary' ontbreken");
            return null;
        }
        YamlMap map = root.asMap("de front matter");
        if (map == null) return null;
        int before = problems.size();
        Integer step = map.integer("step", true, 1, 99);
        String title = map.string("title", true);
        String summary = map.string("summary", true);
        YamlNode block = map.node("assignment");
        map.rejectUnknownKeys();
        Exercise exercise = block == null ? null : exercises.read(block);
        String html = markdown.renderLesson(split.body(), split.bodyFirstLine(), problems, links);
        if (problems.size() > before || step == null) return null;
        return new Lesson(step, title, summary, new nl.cursusschrift.web.Html(html), problems.file(), exercise);
    }

    private static String readText(Path file, Problems problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.addAtFileLine(0, "bestand is groter dan 1 MB");
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.addAtFileLine(0, "bestand is geen geldige UTF-8-tekst");
            return null;
        } catch (IOException e) {
            problems.addAtFileLine(0, "bestand kan niet gelezen worden: " + e.getMessage());
            return null;
        }
    }
}
