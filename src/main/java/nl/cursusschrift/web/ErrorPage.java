package nl.cursusschrift.web;

import io.javalin.http.Context;

/** A Dutch error page in the site's layout; never a stack trace. */
public record ErrorPage(int status, String title, String message) {

    /** The page for a status; unknown ones read as 500. */
    public static ErrorPage of(int status) {
        return switch (status) {
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
            case 414 -> new ErrorPage(414, "Dit adres is te lang",
                    "Het adres van deze pagina is langer dan we aannemen. Controleer de link of ga terug naar de cursus.");
            case 421 -> new ErrorPage(421, "Geen link voor dit adres",
                    "Deze site is geopend via een adres dat we niet als het hare kennen, dus maken we er geen link mee die je "
                            + "aan iemand geeft. Beheerder: zet BASE_URL op het openbare adres van de site (bijvoorbeeld "
                            + "https://cursus.example.nl) en start de app opnieuw; zie de README.");
            case 429 -> new ErrorPage(429, "Even wachten",
                    "Er kwamen te veel verzoeken kort na elkaar. Wacht een paar minuten en probeer het opnieuw.");
            case 431 -> new ErrorPage(431, "Te veel gegevens meegestuurd",
                    "Je browser stuurde meer gegevens mee (bijvoorbeeld cookies) dan we aannemen. Wis de cookies van deze site "
                            + "en probeer het opnieuw.");
            case 503 -> new ErrorPage(503, "Tijdelijk niet beschikbaar",
                    "De cursus kan dit nu niet verwerken. Probeer het over een minuut opnieuw; je tekst staat nog in je browser.");
            case 505 -> new ErrorPage(505, "Dit verzoek klopt niet",
                    "Je browser gebruikt een versie van HTTP die we niet kennen. Probeer het met een andere browser.");
            default -> new ErrorPage(500, "Er ging iets mis",
                    "Er ging aan onze kant iets mis. Probeer het opnieuw; blijft het gebeuren, meld het dan aan je docent.");
        };
    }

    public static void render(Context ctx, int status) {
        ctx.status(status);
        Page.render(ctx, "error/error.jte", of(status));
    }
}
