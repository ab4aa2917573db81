package nl.cursusschrift.demo;

import java.util.List;
import java.util.Random;

/** Dutch-looking names and sentences for demo data: varied, plausible, and obviously made up. */
final class DemoText {
    static final List<String> FIRST = List.of("Anna", "Bram", "Charlotte", "Daan", "Eva", "Fenna", "Gijs", "Hanna", "Ilse", "Jeroen", "Kim",
            "Lotte", "Maarten", "Noor", "Olivier", "Pien", "Quinten", "Roos", "Sem", "Tess", "Umut", "Vera", "Wouter", "Yara", "Zeynep",
            "Annelies", "Bas", "Carlijn", "Dirk", "Esther", "Floor", "Gerrit", "Hester", "Imke", "Joost", "Karin", "Lars", "Marloes",
            "Niels", "Oscar", "Petra", "Rik", "Sanne", "Thijs", "Ursula", "Vincent", "Willemijn", "Youssef", "Saskia", "Mehmet", "Fatima",
            "Kees", "Jolanda", "Ruud", "Ingrid", "Frank", "Mirjam", "Henk", "Ayla", "Lieke");
    static final List<String> LAST = List.of("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van Dijk",
            "Hoekstra", "Kuipers", "Schouten", "Willems", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Peeters", "Kaya", "Yılmaz",
            "El Amrani", "Çelik", "van Beek", "Postma", "Zwart", "Timmermans", "Groen", "Sanders");
    static final List<String> ORGANISATIONS = List.of("Bakkerij Van Dijk", "Fietsenmaker Jansen", "Garage De Vries", "Kapsalon Knip",
            "de supermarkt om de hoek", "het tankstation aan de A28", "de huisartsenpraktijk", "de NS", "een webwinkel in schoenen",
            "de gemeente", "het energiebedrijf", "de bibliotheek", "een hotel in Zeeland", "de pakketbezorger", "de verzekeraar",
            "het restaurant in het centrum", "de bouwmarkt", "de tandarts", "de telefoonwinkel", "de kaasboer op de markt");
    static final List<String> SENTENCES = List.of(
            "De medewerker nam echt de tijd voor me en vroeg hoe het met mijn moeder ging.",
            "Ik stond tien minuten aan de balie voordat iemand opkeek.",
            "Ze wisten nog precies wat ik de vorige keer had gekocht.",
            "De bevestigingsmail kwam pas na drie dagen, zonder uitleg.",
            "Bij het afrekenen kreeg ik er zomaar een kaartje bij met een persoonlijke groet.",
            "Niemand voelde zich verantwoordelijk, ik werd drie keer doorverbonden.",
            "Het pakket lag netjes bij de buren, met een briefje in de bus.",
            "De factuur was helder en klopte in één keer.",
            "Ik moest mijn klantnummer opnieuw geven, terwijl ik dat al had gedaan.",
            "De monteur belde een kwartier van tevoren dat hij eraan kwam.",
            "Er werd niet gereageerd op mijn klacht, ook niet na een herinnering.",
            "Het was allemaal prima, maar eerlijk gezegd weet ik het morgen niet meer.",
            "De verkoper raadde me een goedkoper product aan dat beter bij me paste.",
            "Mijn vraag werd binnen een uur via de app beantwoord, vriendelijk en duidelijk.",
            "Bij het afscheid zei niemand iets, ik liep gewoon de deur uit.",
            "Ze gaven me een kop koffie terwijl ik wachtte, dat voelde gastvrij.",
            "Het formulier op de website liep vast bij de laatste stap.",
            "Een week later belden ze om te vragen of alles naar wens was.",
            "De kassière maakte een grapje en de hele rij moest lachen.",
            "Het product deed het na twee dagen al niet meer en de winkel deed moeilijk.",
            "We gaan dit bespreken in het teamoverleg van maandag.",
            "Ik wil dat elke klant bij binnenkomst binnen een minuut wordt begroet.",
            "Het einde van het bezoek is bij ons nu nog een plichtmatig moment.",
            "Onze klanten kiezen zelf hun route: soms eerst de website, soms meteen de telefoon.",
            "Wat ik hieruit leer, is dat kleine gebaren het grootste verschil maken.",
            "Ik ga vaker vragen of klanten ons willen aanbevelen, en waarom wel of niet.",
            "De meeste contacten van vandaag waren eigenlijk 'maakt niet uit'.",
            "Als ik eerlijk ben, doen wij precies wat we beloven en niets meer.",
            "Een handgeschreven bedankje bij de levering kost weinig en blijft hangen.",
            "We moeten de overdracht tussen de afdelingen beter regelen.");

    private DemoText() {
    }

    static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String name(Random random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    /** A short phrase for one-line fields. */
    static String phrase(Random random, int maxChars) {
        String text = random.nextInt(3) == 0 ? pick(random, ORGANISATIONS) : pick(random, SENTENCES);
        return text.length() <= maxChars ? text : text.substring(0, maxChars);
    }

    /** A paragraph of 1 to 6 sentences, so answers vary in length. */
    static String paragraph(Random random, int maxChars) {
        StringBuilder text = new StringBuilder(pick(random, SENTENCES));
        int more = random.nextInt(6);
        for (int i = 0; i < more; i++) text.append(random.nextInt(4) == 0 ? "\n\n" : " ").append(pick(random, SENTENCES));
        return text.length() <= maxChars ? text.toString() : text.substring(0, maxChars);
    }
}
