package nl.cursusschrift.web;

import io.javalin.http.Context;

/** A Dutch error page in the site's layout; never a stack trace. */
public record ErrorPage(int status, String title, String message) {

    public static void render(Context ctx, int status) {
        ErrorPage page = switch (status) {
            case 400 -> new ErrorPage(400, "Dit verzoek klopt niet",
                    "De gegevens in dit verzoek konden we niet lezen. Ga terug en probeer het opnieuw.");
            case 403 -> new ErrorPage(403, "Geen toegang",
                    "Je mag deze pagina niet bekijken of deze actie niet uitvoeren. Was het formulier te lang open? "
                            + "Laad de pagina opnieuw en probeer het nog eens.");
            case 404 -> new ErrorPage(404, "Pagina niet gevonden",
                    "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de cursus.");
            case 405 -> new ErrorPage(405, "Dat kan zo niet",
                    "Deze pagina werkt niet op deze manier. Ga terug naar de cursus.");
            case 413 -> new ErrorPage(413, "Te veel tekst in één keer",
                    "Wat je verstuurde is groter dan we in één keer aannemen. Verdeel je tekst of maak hem korter.");
            case 429 -> new ErrorPage(429, "Even wachten",
                    "Er kwamen te veel verzoeken kort na elkaar. Wacht een paar minuten en probeer het opnieuw.");
            case 503 -> new ErrorPage(503, "Tijdelijk niet beschikbaar",
                    "De cursus kan dit nu niet verwerken. Probeer het over een minuut opnieuw; je tekst staat nog in je browser.");
            default -> new ErrorPage(500, "Er ging iets mis",
                    "Er ging aan onze kant iets mis. Probeer het opnieuw; blijft het gebeuren, meld het dan aan je docent.");
        };
        ctx.status(status);
        Page.render(ctx, "error/error.jte", page);
    }
}
