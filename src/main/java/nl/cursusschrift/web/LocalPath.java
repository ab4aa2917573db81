package nl.cursusschrift.web;

/** Where to go after logging in: only a path on this site, never another site (no open redirect). */
public final class LocalPath {
    private LocalPath() {
    }

    public static String orHome(String next) {
        if (next == null || next.isEmpty() || next.length() > 500) return "/";
        if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
        for (char c : next.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\\') return "/";
        }
        return next;
    }
}
