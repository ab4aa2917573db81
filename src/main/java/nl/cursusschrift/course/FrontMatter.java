package nl.cursusschrift.course;

import nl.cursusschrift.yaml.Problems;

/** A lesson file split into its YAML front matter and Markdown body. */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("(?m)^step:\\s*(\\d{1,2})\\s*(?:#.*)?$");

    /** The step a lesson file declares, read without YAML (for a file whose YAML is broken); null when none is found. */
    static Integer declaredStep(String text) {
        if (text == null) return null;
        var found = STEP.matcher(text);
        return found.find() ? Integer.valueOf(found.group(1)) : null;
    }

    static FrontMatter split(String text, Problems problems) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.addAtFileLine(1, "front matter ontbreekt: begin het bestand met een regel '---', dan step, title en summary, dan weer '---'");
            return null;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml, body, i + 2);
            }
        }
        problems.addAtFileLine(1, "front matter wordt niet afgesloten: zet een regel '---' na de laatste sleutel");
        return null;
    }
}
