package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import nl.cursusschrift.course.Course;

/**
 * What a staff export holds, from its URL (docs/export-format.md): {@code status=ingeleverd} (the
 * default: handed-in versions only) or {@code status=alles} (drafts too); {@code stap=N} one step;
 * {@code vorm=breed} (default) or {@code vorm=lang}. Values that make no sense fall back to the default.
 */
record ExportFilter(boolean drafts, Integer step, CsvExport.Shape shape) {

    static ExportFilter of(Context ctx, Course course) {
        String stap = ctx.queryParam("stap");
        Integer step = stap != null && stap.matches("\\d{1,2}") && course.lesson(Integer.parseInt(stap)).isPresent() ? Integer.valueOf(stap) : null;
        return new ExportFilter("alles".equals(ctx.queryParam("status")), step, CsvExport.Shape.of(ctx.queryParam("vorm"), CsvExport.Shape.WIDE));
    }

    /** The end of a file name: "-stap-5", "-met-concepten", and for a long CSV "-lang". */
    String suffix(boolean csv) {
        return (step == null ? "" : "-stap-" + step) + (drafts ? "-met-concepten" : "") + (csv && shape == CsvExport.Shape.LONG ? "-lang" : "");
    }
}
