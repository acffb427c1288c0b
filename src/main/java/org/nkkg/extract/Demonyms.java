package org.nkkg.extract;

import java.util.List;
import java.util.Map;

/**
 * English adjectives of state names ("Azerbaijani", "Russian"). They are not mentions of the state (the people or
 * an attribute), but they say which state an organization belongs to: "Azerbaijani Defense Ministry".
 * Regular forms are derived from the name; irregular ones are listed (general English, not corpus-specific).
 */
final class Demonyms {
    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("Azerbaijan", List.of("Azerbaijani")), Map.entry("Armenia", List.of("Armenian")),
            Map.entry("Russia", List.of("Russian")), Map.entry("Turkey", List.of("Turkish")),
            Map.entry("France", List.of("French")), Map.entry("Germany", List.of("German")),
            Map.entry("United States", List.of("American", "US", "U.S.")), Map.entry("United Kingdom", List.of("British", "UK")),
            Map.entry("China", List.of("Chinese")), Map.entry("Iran", List.of("Iranian")),
            Map.entry("Georgia", List.of("Georgian")), Map.entry("Ukraine", List.of("Ukrainian")),
            Map.entry("Greece", List.of("Greek")), Map.entry("Cyprus", List.of("Cypriot")),
            Map.entry("Netherlands", List.of("Dutch")), Map.entry("Poland", List.of("Polish")),
            Map.entry("Switzerland", List.of("Swiss")), Map.entry("Israel", List.of("Israeli")),
            Map.entry("Pakistan", List.of("Pakistani")), Map.entry("Kazakhstan", List.of("Kazakh")),
            Map.entry("Uzbekistan", List.of("Uzbek")), Map.entry("Ireland", List.of("Irish")),
            Map.entry("Republic of Ireland", List.of("Irish")), Map.entry("Japan", List.of("Japanese")),
            Map.entry("Hungary", List.of("Hungarian")), Map.entry("Serbia", List.of("Serbian")),
            Map.entry("Belarus", List.of("Belarusian")), Map.entry("Belgium", List.of("Belgian")),
            Map.entry("Canada", List.of("Canadian")), Map.entry("Brazil", List.of("Brazilian")),
            Map.entry("Argentina", List.of("Argentine", "Argentinian")), Map.entry("Albania", List.of("Albanian")),
            Map.entry("Austria", List.of("Austrian")), Map.entry("Lithuania", List.of("Lithuanian")),
            Map.entry("Luxembourg", List.of("Luxembourgish")), Map.entry("Malta", List.of("Maltese")),
            Map.entry("Norway", List.of("Norwegian")), Map.entry("Qatar", List.of("Qatari")),
            Map.entry("Estonia", List.of("Estonian")), Map.entry("Czech Republic", List.of("Czech")),
            Map.entry("India", List.of("Indian")), Map.entry("Italy", List.of("Italian")),
            Map.entry("Spain", List.of("Spanish")), Map.entry("Sweden", List.of("Swedish")),
            Map.entry("Finland", List.of("Finnish")), Map.entry("Denmark", List.of("Danish")),
            Map.entry("Soviet Union", List.of("Soviet")), Map.entry("Republic of Artsakh", List.of("Artsakhi", "Karabakh Armenian", "Karabakhi")),
            Map.entry("Ecuador", List.of("Ecuadorian")), Map.entry("Ghana", List.of("Ghanaian")),
            Map.entry("Gabon", List.of("Gabonese")), Map.entry("Mozambique", List.of("Mozambican")),
            Map.entry("Lebanon", List.of("Lebanese")), Map.entry("Syria", List.of("Syrian")),
            Map.entry("Afghanistan", List.of("Afghan")), Map.entry("United Arab Emirates", List.of("Emirati")));

    private Demonyms() {}

    static List<String> adjectives(String stateName) {
        return IRREGULAR.getOrDefault(stateName, List.of());
    }
}
