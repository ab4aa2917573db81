package nl.cursusschrift.account;

/**
 * "Firefox op Windows": the browser and system of a session as its owner recognises them, read from
 * the User-Agent at login. Only this short name is stored, not the whole header.
 */
final class Device {
    private Device() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return "Onbekend apparaat";
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("OPR/") || ua.contains("Opera") ? "Opera"
                : ua.contains("Firefox/") || ua.contains("FxiOS/") ? "Firefox" : ua.contains("Chrome/") || ua.contains("CriOS/") ? "Chrome"
                : ua.contains("Safari/") ? "Safari" : null;
        String system = ua.contains("iPhone") ? "iPhone" : ua.contains("iPad") ? "iPad" : ua.contains("Android") ? "Android"
                : ua.contains("Windows") ? "Windows" : ua.contains("Mac OS X") || ua.contains("Macintosh") ? "Mac"
                : ua.contains("CrOS") ? "ChromeOS" : ua.contains("Linux") ? "Linux" : null;
        if (browser == null && system == null) return "Onbekend apparaat";
        if (browser == null) return "Een browser op " + system;
        return system == null ? browser : browser + " op " + system;
    }
}
