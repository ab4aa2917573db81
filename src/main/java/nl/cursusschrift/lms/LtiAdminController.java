package nl.cursusschrift.lms;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/** /beheer/lti: the admin registers learning platforms and reads what to enter on the platform's side. */
public final class LtiAdminController {
    private final Platforms platforms;
    private final Flash flash;
    private final PublicAddress address;
    private final Clock clock;

    public LtiAdminController(Platforms platforms, Flash flash, PublicAddress address, Clock clock) {
        this.platforms = platforms;
        this.flash = flash;
        this.address = address;
        this.clock = clock;
    }

    public void show(Context ctx) {
        render(ctx, 200, Form.empty());
    }

    public void add(Context ctx) {
        Form form = Form.from(ctx, Registration.FIELDS.toArray(String[]::new));
        Map<String, String> values = new HashMap<>();
        for (String field : Registration.FIELDS) values.put(field, form.value(field));
        Registration.Checked checked = Registration.check(values, platforms);
        if (!checked.ok()) {
            checked.errors().forEach(form::error);
            render(ctx, 422, form);
            return;
        }
        Platform platform = platforms.add(checked.valid());
        flash.set(ctx, "Platform " + platform.issuer() + " is geregistreerd. Vul op het platform de adressen hieronder in.");
        ctx.redirect("/beheer/lti", HttpStatus.SEE_OTHER);
    }

    public void remove(Context ctx) {
        Platform platform = platforms.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        platforms.remove(platform.id());
        flash.set(ctx, "Platform " + platform.issuer() + " is verwijderd; vanuit daar openen kan niet meer. Accounts en groepen blijven.");
        ctx.redirect("/beheer/lti", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, Form form) {
        var rows = platforms.all().stream().map(p -> new LtiPages.PlatformRow(p, String.join(", ", p.deploymentIds()),
                Dutch.day(Instant.ofEpochMilli(p.createdAt()).atZone(clock.getZone()).toLocalDate()))).toList();
        ctx.status(status);
        Page.render(ctx, "lms/platforms.jte", new LtiPages.Admin(rows, form, LtiPages.ToolUrls.of(address.require(ctx))));
    }
}
