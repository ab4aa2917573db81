package nl.cursusschrift.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.db.Database;

/**
 * Search through one learner's own words and the feedback they got, with the database's
 * full-text index (FTS5 in SQLite, the Dutch text search configuration in PostgreSQL).
 * Whatever is typed becomes a list of quoted words: no query syntax reaches the engine.
 */
public final class Search {
    public static final int MAX_TERMS = 8;
    public static final int MAX_RESULTS = 50;
    /** Marks the matched words in snippets; private-use characters, so no learner text contains them. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One hit: the step, what kind of text (draft, version, feedback) and a snippet with the words marked. */
    public record Hit(int step, String kind, String ref, String snippet) {
        /** The snippet split into plain and marked parts, for the template to escape and mark. */
        public List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            int i = 0;
            while (i < snippet.length()) {
                int open = snippet.indexOf(OPEN, i);
                if (open < 0) {
                    parts.add(new Part(snippet.substring(i), false));
                    break;
                }
                if (open > i) parts.add(new Part(snippet.substring(i, open), false));
                int close = snippet.indexOf(CLOSE, open);
                if (close < 0) close = snippet.length();
                parts.add(new Part(snippet.substring(open + 1, close), true));
                i = close + 1;
            }
            return parts;
        }

        public String kindLabel() {
            return switch (kind) {
                case "draft" -> "concept";
                case "revision" -> "versie " + ref;
                default -> "feedback";
            };
        }
    }

    public record Part(String text, boolean marked) {
    }

    private final Database db;

    private final SearchSql sql;

    public Search(Database db) {
        this.db = db;
        this.sql = db.reads().onDemand(SearchSql.class);
    }

    /** The words of a query, lower-cased, at most {@link #MAX_TERMS}. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) return terms;
        Matcher m = TERM.matcher(query.length() > 500 ? query.substring(0, 500) : query);
        while (m.find() && terms.size() < MAX_TERMS) {
            String term = m.group().toLowerCase(Locale.ROOT);
            if (!terms.contains(term)) terms.add(term);
        }
        return terms;
    }

    public List<Hit> search(String userId, String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) return List.of();
        List<Hit> hits = db.isSqlite() ? sqlite(userId, terms) : postgres(userId, terms);
        Map<String, Hit> onePerText = new LinkedHashMap<>();
        for (Hit hit : hits) onePerText.putIfAbsent(hit.step() + "/" + hit.snippet(), hit);
        return List.copyOf(onePerText.values());
    }

    private List<Hit> sqlite(String userId, List<String> terms) {
        // Every word as a quoted prefix term, all required, and only this learner's documents.
        StringBuilder match = new StringBuilder("owner : \"").append(SearchIndex.owner(userId)).append("\" AND body : (");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) match.append(" AND ");
            match.append('"').append(terms.get(i).replace("\"", "")).append("\"*");
        }
        match.append(')');
        return sql.sqlite(String.valueOf(OPEN), String.valueOf(CLOSE), match.toString(), userId, MAX_RESULTS);
    }

    private List<Hit> postgres(String userId, List<String> terms) {
        String tsquery = String.join(" & ", terms.stream().map(t -> t.replaceAll("[^\\p{L}\\p{N}]", "") + ":*").toList());
        return sql.postgres(tsquery, String.valueOf(OPEN), String.valueOf(CLOSE), userId, MAX_RESULTS);
    }
}
