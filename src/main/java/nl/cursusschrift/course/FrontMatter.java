package nl.cursusschrift.course;

import nl.cursusschrift.yaml.Problems;

/** A lesson file split into its YAML front matter and Markdown body. */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

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
