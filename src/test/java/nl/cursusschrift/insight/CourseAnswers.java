package nl.cursusschrift.insight;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Main;

/** Complete answers to the steps of the real course that draw charts, as form fields. */
public final class CourseAnswers {
    private CourseAnswers() {
    }

    public static List<String> step3() {
        return List.of("klantreis[0].touchpoint", "Föhn gekocht in Breda", "klantreis[0].feeling", "3", "klantreis[0].afdeling", "Winkel",
                "klantreis[1].touchpoint", "Website vol vage teksten", "klantreis[1].feeling", "-3", "klantreis[1].afdeling", "Marketing",
                "klantreis[2].touchpoint", "Doorverbonden naar techniek", "klantreis[2].feeling", "-5", "klantreis[2].afdeling", "Klantenservice",
                "herhalen", "Bij Harry moest Lisa haar hele verhaal opnieuw vertellen en haar klantnummer weer geven.");
    }

    public static List<String> step5(String... impressions) {
        List<String> form = new ArrayList<>();
        for (String list : List.of("magisch", "miserabel")) {
            for (int i = 0; i < 3; i++) {
                form.addAll(List.of(list + "[" + i + "].organisatie", "Organisatie " + i, list + "[" + i + "].wat", "Er gebeurde iets " + i,
                        list + "[" + i + "].verteld_aan", "Mijn zus"));
            }
        }
        LocalDateTime now = LocalDateTime.now(Main.ZONE).withSecond(0).withNano(0);
        for (int i = 0; i < impressions.length; i++) {
            form.addAll(List.of("contacten[" + i + "].at", now.minusMinutes(30L * (i + 1)).toString(), "contacten[" + i + "].wie", "Contact " + i,
                    "contacten[" + i + "].kanaal", "Aan de balie", "contacten[" + i + "].indruk", impressions[i]));
        }
        return form;
    }

    public static List<String> step6() {
        String[][] rows = {{"De factuur", "0", "40"}, {"De welkomstmail", "1", "60"}, {"Levering een dag eerder", "1", "75"},
                {"Een verrassing bij de verjaardag", "2", "95"}, {"Een fout in de bestelling", "-1", "85"}};
        List<String> form = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            form.addAll(List.of("beoordeling[" + i + "].contactmoment", rows[i][0], "beoordeling[" + i + "].type", rows[i][1],
                    "beoordeling[" + i + "].impact", rows[i][2]));
        }
        form.addAll(List.of("gewoon_naar_wow", "De factuur sturen we voortaan met een persoonlijk bedankje."));
        return form;
    }

    public static List<String> step7(int... scores) {
        List<String> form = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) form.addAll(List.of("antwoorden[" + i + "].klant", "K" + i, "antwoorden[" + i + "].score", String.valueOf(scores[i])));
        form.addAll(List.of("criticasters", "Ze vonden de levertijd te lang."));
        return form;
    }
}
