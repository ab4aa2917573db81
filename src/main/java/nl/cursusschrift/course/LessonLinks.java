package nl.cursusschrift.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.yaml.ContentProblem;

/**
 * Links and images in lessons that lead nowhere: an image or file that is not in {@code media/}, a
 * link to a step the course does not have, an image path the page cannot load. Found at start and by
 * {@code content check}, with file and line, like every other content problem.
 */
final class LessonLinks {
    private static final Pattern STEP = Pattern.compile("/les/(\\d+)(?:[#?].*)?");
    private static final Pattern MEDIA = Pattern.compile("/media/([^#?]+)(?:[#?].*)?");

    /** A link or image as written in a lesson. */
    record Found(String file, int line, String destination, boolean image) {
    }

    private LessonLinks() {
    }

    static void check(List<Found> links, Path contentDir, int steps, List<ContentProblem> sink) {
        Path media = contentDir.resolve("media").toAbsolutePath().normalize();
        for (Found link : links) {
            String problem = problem(link, media, steps);
            if (problem != null) sink.add(new ContentProblem(link.file(), link.line(), problem));
        }
    }

    private static String problem(Found link, Path media, int steps) {
        String to = link.destination() == null ? "" : link.destination().strip();
        String what = link.image() ? "afbeelding" : "link";
        Matcher file = MEDIA.matcher(to);
        if (file.matches()) {
            Path target = media.resolve(java.net.URLDecoder.decode(file.group(1), java.nio.charset.StandardCharsets.UTF_8)).normalize();
            if (target.startsWith(media) && Files.isRegularFile(target)) return null;
            return link.image() ? what + " '" + to + "' bestaat niet: zet het bestand in media/ of verbeter de naam"
                    : what + " '" + to + "' gaat naar een bestand dat niet in media/ staat";
        }
        Matcher step = STEP.matcher(to);
        if (step.matches()) {
            int n = Integer.parseInt(step.group(1).length() > 3 ? "0" : step.group(1));
            return n >= 1 && n <= steps ? null
                    : what + " '" + to + "' gaat naar een stap die niet bestaat (de cursus heeft " + steps + " stappen)";
        }
        boolean elsewhere = to.matches("(?i)[a-z][a-z0-9+.-]*:.*") || to.startsWith("//") || to.startsWith("#");
        if (link.image() && (to.matches("(?i)https?:.*") || to.startsWith("//"))) {
            return what + " '" + to + "' komt van een andere site en wordt niet geladen: zet het bestand in media/";
        }
        if (link.image() && !elsewhere && !to.startsWith("/")) return what + " '" + to + "' werkt niet op de pagina: begin het adres met /media/";
        return null;
    }
}
