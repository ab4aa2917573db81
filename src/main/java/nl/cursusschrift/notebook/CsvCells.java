package nl.cursusschrift.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.DateField;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.assignment.Leaf;
import nl.cursusschrift.assignment.MomentField;
import nl.cursusschrift.text.Iso;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cells of the CSV exports: the values of an answer as a spreadsheet should read them, and every cell
 * made safe before it is written.
 */
final class CsvCells {
    /** What Excel with Dutch settings opens cleanly: semicolons, and UTF-8 announced by a byte order mark. */
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    /** A plain number (a journey's -3, a score, 12,5): Excel reads it as a number, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*");

    /** One field's value, or one item's values, as written in a version or draft. */
    record Value(Field field, String text, List<List<String>> rows) {
    }

    private CsvCells() {
    }

    /**
     * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a
     * carriage return is a formula to Excel and LibreOffice, so it gets a leading apostrophe, which they
     * show as text. Plain numbers are left alone, or a feeling of -3 would stop being a number.
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A printer on {@code out} that writes the byte order mark and the header first. */
    static CSVPrinter printer(Writer out, List<String> header) {
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            print(csv, header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(CSVPrinter csv, List<String> row) {
        try {
            csv.printRecord(row.stream().map(CsvCells::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of every field of the assignment a text was written for, dates and times in ISO. */
    static List<Value> values(Assignment spec, ObjectNode document) {
        List<Value> values = new ArrayList<>();
        for (Field field : spec.fields()) {
            JsonNode stored = document.get(field.id());
            if (field instanceof Leaf leaf) {
                values.add(new Value(field, cell(leaf, stored), List.of()));
            } else if (field instanceof Group group) {
                List<List<String>> rows = new ArrayList<>();
                if (stored != null && stored.isArray()) {
                    for (JsonNode item : stored) rows.add(group.fields().stream().map(sub -> cell(sub, item.get(sub.id()))).toList());
                }
                values.add(new Value(field, "", rows));
            }
        }
        return values;
    }

    /** As the notebook shows it, except dates: 2026-11-23 and 2026-11-23 08:15, which a spreadsheet reads as dates. */
    static String cell(Leaf leaf, JsonNode stored) {
        if (stored == null || stored.isNull()) return "";
        if (leaf instanceof MomentField) return Iso.minute(Leaf.text(stored));
        return leaf instanceof DateField ? Leaf.text(stored) : leaf.display(stored);
    }

    /** A group's items in one cell, one line each: "1. Organisatie: Bakker; Wat gebeurde er?: ...". */
    static String lines(Value value) {
        if (!(value.field() instanceof Group group)) return value.text();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < value.rows().size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < group.fields().size(); c++) {
                String v = value.rows().get(i).get(c);
                if (!v.isEmpty()) parts.add(group.fields().get(c).label() + ": " + v);
            }
            lines.add((i + 1) + ". " + String.join("; ", parts));
        }
        return String.join("\n", lines);
    }
}
