package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/**
 * /beheer/deelnemers-toevoegen: an admin uploads a CSV, sees per line what will happen, and confirms. The
 * confirmation posts the checked text back and it is checked again; when the outcome differs from what the
 * admin saw (someone registered meanwhile, the text was changed) nothing is enrolled and the new report shown.
 */
public final class BulkController {
    static final int SHOWN = 300;
    static final int MAX_BYTES = 900_000;

    private final BulkCheck check;
    private final BulkEnrolment enrolment;
    private final Flash flash;
    private final PublicAddress address;

    public BulkController(BulkCheck check, BulkEnrolment enrolment, Flash flash, PublicAddress address) {
        this.check = check;
        this.enrolment = enrolment;
        this.flash = flash;
        this.address = address;
    }

    public void show(Context ctx) {
        Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.form(Form.empty(), null));
    }

    public void upload(Context ctx) {
        String text = uploadedText(ctx);
        if (text == null) {
            ctx.status(422);
            Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.form(Form.empty().error("bestand",
                    "Kies een CSV-bestand, of plak de regels in het tekstvak."), null));
            return;
        }
        if (text.length() > MAX_BYTES) {
            ctx.status(422);
            Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.form(Form.empty().error("bestand",
                    "Het bestand is groter dan 900 kB. Splits het in kleinere delen."), null));
            return;
        }
        BulkCheck.Report report = check.check(text);
        ctx.status(report.problem() != null ? 422 : 200);
        Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.report(report, SHOWN, null));
    }

    public void confirm(Context ctx) {
        String text = ctx.formParam("tekst");
        int expected = parseCount(ctx.formParam("aantal"));
        if (text == null || text.isBlank() || text.length() > MAX_BYTES) {
            ctx.status(422);
            Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.form(Form.empty().error("bestand",
                    "De gecontroleerde regels kwamen niet mee. Laad het bestand opnieuw."), null));
            return;
        }
        BulkCheck.Report report = check.check(text);
        List<BulkCheck.Row> accepted = report.accepted();
        if (report.problem() != null || accepted.size() != expected || accepted.isEmpty()) {
            ctx.status(409);
            Page.render(ctx, "enrolment/bulk.jte", EnrolmentPages.Bulk.report(report, SHOWN,
                    "Er is iets veranderd sinds de controle, dus er is nog niemand ingeschreven. Bekijk het verslag hieronder en bevestig opnieuw."));
            return;
        }
        String base = address.require(ctx);
        int enrolled = enrolment.enrol(report.rows(), base);
        flash.set(ctx, enrolled + (enrolled == 1 ? " deelnemer is" : " deelnemers zijn") + " ingeschreven. Hun uitnodigingen staan op Post ("
                + "/beheer/post).");
        ctx.redirect("/deelnemers", HttpStatus.SEE_OTHER);
    }

    /** The uploaded file as text, else the pasted text; null when neither came. */
    private static String uploadedText(Context ctx) {
        boolean multipart = ctx.contentType() != null && ctx.contentType().startsWith("multipart/form-data");
        UploadedFile file = multipart ? ctx.uploadedFile("bestand") : null;
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_BYTES) return "x".repeat(MAX_BYTES + 1);
            try (InputStream in = file.content()) {
                return BulkCsv.decode(in.readNBytes(MAX_BYTES + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String pasted = ctx.formParam("tekst");
        return pasted == null || pasted.isBlank() ? null : pasted;
    }

    private static int parseCount(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
