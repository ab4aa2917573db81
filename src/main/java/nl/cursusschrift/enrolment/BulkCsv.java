package nl.cursusschrift.enrolment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV an admin uploads to enrol learners: a header line with naam, e-mail and groep (any order,
 * any case), then one learner per line. Takes what spreadsheets write: a BOM, Excel's {@code ;} (Dutch
 * Excel saves that), tabs, quotes, Windows-1252 when the bytes are not UTF-8. Only the lines are read here;
 * {@link BulkCheck} decides which can be enrolled.
 */
final class BulkCsv {
    static final int MAX_ROWS = 10_000;

    /** One data line as typed; {@code fields} is how many cells it had. */
    record Line(int number, String name, String email, String cohort, int fields) {
    }

    /** The lines, or the reason the file as a whole cannot be read (then {@code lines} is empty). */
    record Parsed(List<Line> lines, String problem, String text, int headerFields) {
    }

    private BulkCsv() {
    }

    /** The bytes of an uploaded file as text: UTF-8 when they are, else what Excel on Windows writes. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Parsed parse(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) return new Parsed(List.of(), "Het bestand is leeg.", text, 0);
        String firstLine = text.lines().findFirst().orElse("");
        char separator = separator(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        int headerFields = 0;
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    if (columns == null) {
                        return new Parsed(List.of(), "De eerste regel moet de kolomnamen geven: naam, e-mail en groep (gevonden: '"
                                + shorten(String.join(String.valueOf(separator), record.values())) + "').", text, 0);
                    }
                    headerFields = record.size();
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    return new Parsed(List.of(), "Het bestand heeft meer dan " + nl.cursusschrift.text.Dutch.count(MAX_ROWS)
                            + " deelnemers. Splits het in delen van hoogstens " + nl.cursusschrift.text.Dutch.count(MAX_ROWS) + " regels.", text, 0);
                }
                int number = lineOf(lineStarts, record.getCharacterPosition());
                lines.add(new Line(number, cell(record, columns.get("naam")), cell(record, columns.get("e-mail")),
                        cell(record, columns.get("groep")), record.size()));
            }
            if (columns == null) return new Parsed(List.of(), "Het bestand is leeg.", text, 0);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Parsed(List.of(), "Het bestand kon niet als CSV worden gelezen (klopt elk aanhalingsteken?): "
                    + shorten(e.getMessage() == null ? "" : e.getMessage()), text, 0);
        }
        if (lines.isEmpty()) return new Parsed(List.of(), "Het bestand heeft alleen kolomnamen en nog geen deelnemers.", text, 0);
        return new Parsed(lines, null, text, headerFields);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line a record starts on, as a spreadsheet numbers its rows. */
    private static int lineOf(int[] starts, long position) {
        int at = java.util.Arrays.binarySearch(starts, (int) position);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /** The separator the header uses most: ; (Dutch Excel), a tab, or the comma. */
    static char separator(String header) {
        int semicolons = count(header, ';');
        int tabs = count(header, '\t');
        int commas = count(header, ',');
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas) return '\t';
        return ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** Column positions by their Dutch (or English) names; null when naam, e-mail and groep are not all there. */
    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replace(" ", "");
            String key = switch (name) {
                case "naam", "name", "volledigenaam" -> "naam";
                case "e-mail", "email", "e-mailadres", "emailadres", "mail" -> "e-mail";
                case "groep", "cohort", "group" -> "groep";
                default -> null;
            };
            if (key != null) columns.putIfAbsent(key, i);
        }
        return columns.size() == 3 ? columns : null;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static String shorten(String s) {
        String one = s.replaceAll("[\\r\\n]+", " ");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
