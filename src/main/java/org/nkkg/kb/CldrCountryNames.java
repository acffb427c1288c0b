package org.nkkg.kb;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names from the JDK's CLDR data: the zh-Hans (PRC) and zh-Hant (Taiwan) names of every ISO region. */
final class CldrCountryNames {
    private static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans-CN");
    private static final Locale TAIWAN = Locale.forLanguageTag("zh-Hant-TW");

    private CldrCountryNames() {}

    /** Lower-cased English short name → ISO 3166 alpha-2 code. */
    static Map<String, String> byEnglishName() {
        Map<String, String> out = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            out.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
        }
        return out;
    }

    static String simplified(String iso) { return name(iso, SIMPLIFIED); }

    static String traditionalTaiwan(String iso) { return name(iso, TAIWAN); }

    private static String name(String iso, Locale in) {
        String n = new Locale("", iso).getDisplayCountry(in);
        return n == null || n.isBlank() || n.equals(iso) ? null : n;
    }
}
