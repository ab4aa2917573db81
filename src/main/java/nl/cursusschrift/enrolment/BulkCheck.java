package nl.cursusschrift.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.mail.Letter;

/**
 * Decides per CSV line whether the learner can be enrolled: a name, an address that can receive mail
 * (the same rule as every mail), not twice in the file, no account yet, a cohort that exists (by name or
 * enrolment code; empty means no cohort). Run on upload and again on confirm, on the text posted back,
 * so what is created is always what was checked against the database at that moment.
 */
public final class BulkCheck {
    private final Users users;
    private final Cohorts cohorts;

    public BulkCheck(Users users, Cohorts cohorts) {
        this.users = users;
        this.cohorts = cohorts;
    }

    /** One line with its verdict; {@code problem} null means it will be enrolled. */
    public record Row(int line, String name, String email, String cohortName, String cohortId, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** @param problem what is wrong with the file as a whole (then there are no rows), or null */
    public record Report(String problem, List<Row> rows, String text) {
        public List<Row> accepted() {
            return rows.stream().filter(Row::ok).toList();
        }

        public List<Row> refused() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }
    }

    public Report check(String text) {
        BulkCsv.Parsed parsed = BulkCsv.parse(text);
        if (parsed.problem() != null) return new Report(parsed.problem(), List.of(), parsed.text());
        Map<String, Cohort> byName = new HashMap<>();
        Map<String, Cohort> byCode = new HashMap<>();
        for (Cohort c : cohorts.all()) {
            byName.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), c);
            byCode.put(c.code(), c);
        }
        Set<String> taken = users.taken(parsed.lines().stream().map(BulkCsv.Line::email).filter(e -> e.length() <= Letter.MAX_ADDRESS).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (BulkCsv.Line line : parsed.lines()) {
            String email = Users.normalizeEmail(line.email());
            Cohort cohort = line.cohort().isEmpty() ? null
                    : byName.getOrDefault(line.cohort().toLowerCase(Locale.ROOT), byCode.get(Cohorts.normalizeCode(line.cohort())));
            String problem = problem(line, parsed.headerFields(), email, cohort, taken, seen);
            seen.putIfAbsent(email, line.number());
            rows.add(new Row(line.number(), line.name(), line.email(), cohort == null ? line.cohort() : cohort.name(),
                    cohort == null ? null : cohort.id(), problem));
        }
        return new Report(null, rows, parsed.text());
    }

    private static String problem(BulkCsv.Line line, int headerFields, String email, Cohort cohort, Set<String> taken,
                                  Map<String, Integer> seen) {
        if (line.fields() != headerFields) {
            return "Deze regel heeft " + line.fields() + (line.fields() == 1 ? " kolom" : " kolommen") + ", de kopregel " + headerFields + ".";
        }
        if (line.name().isEmpty()) return "De naam ontbreekt.";
        if (line.name().length() > 100) return "De naam is langer dan 100 tekens.";
        if (line.name().chars().anyMatch(Character::isISOControl)) return "De naam bevat een regeleinde of stuurteken.";
        if (line.email().isEmpty()) return "Het e-mailadres ontbreekt.";
        if (!Letter.validAddress(email) || !email.substring(email.indexOf('@') + 1).contains(".")) {
            return "'" + shorten(line.email()) + "' is geen bruikbaar e-mailadres.";
        }
        if (seen.containsKey(email)) return "Dit e-mailadres staat al op regel " + seen.get(email) + ".";
        if (taken.contains(email)) return "Er is al een account met dit e-mailadres.";
        if (!line.cohort().isEmpty() && cohort == null) return "De groep '" + shorten(line.cohort()) + "' bestaat niet.";
        return null;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
