package nl.samenspel.demodata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of beschermd-wonen-zwolle and where the region's facilities are. Kept apart
 * from {@link Gemeente#IJSSELLAND} because the protected-housing region is a different set
 * (no Deventer, Raalte or Olst-Wijhe; Noord-Veluwe and Hattem until 2023).
 */
final class BeschermdWonenRegio {

    static final String ZWOLLE = "0193";

    /** IJssel-Vecht (Hattem included) plus Noord-Veluwe, as in the 2016 policy note. */
    static final List<Gemeente> LEDEN_2016 = List.of(
            new Gemeente("Dalfsen", "0148", 29_500),
            new Gemeente("Hardenberg", "0160", 62_000),
            new Gemeente("Kampen", "0166", 55_000),
            new Gemeente("Ommen", "0175", 18_500),
            new Gemeente("Staphorst", "0180", 18_000),
            new Gemeente("Zwolle", ZWOLLE, 132_500),
            new Gemeente("Elburg", "0230", 24_000),
            new Gemeente("Ermelo", "0233", 27_500),
            new Gemeente("Harderwijk", "0243", 49_000),
            new Gemeente("Hattem", "0244", 12_500),
            new Gemeente("Oldebroek", "0269", 24_000),
            new Gemeente("Putten", "0273", 25_000),
            new Gemeente("Nunspeet", "0302", 28_500),
            new Gemeente("Steenwijkerland", "1708", 45_000),
            new Gemeente("Zwartewaterland", "1896", 23_000));

    /** The Centrumregeling since 2025. */
    static final List<Gemeente> LEDEN_2025 = LEDEN_2016.stream()
            .filter(g -> !List.of("0230", "0233", "0243", "0244", "0269", "0273", "0302").contains(g.code()))
            .toList();

    /**
     * Relative number of facilities per vestigingsgemeente. Only members host facilities, so
     * the 2025 set drops Harderwijk and Ermelo; Zwolle has most places, which is why residents
     * of other members end up there.
     */
    private static final Map<String, Integer> VESTIGINGEN_2016 = gewichten(
            ZWOLLE, 68, "0166", 8, "0160", 8, "0243", 7, "1708", 6, "0233", 3);
    private static final Map<String, Integer> VESTIGINGEN_2025 = gewichten(
            ZWOLLE, 72, "0166", 10, "0160", 10, "1708", 8);

    /** Three letters in the facility codes, so a code tells where the facility is. */
    private static final Map<String, String> AFKORTINGEN = Map.of(ZWOLLE, "ZWO", "0166", "KAM", "0160", "HBG",
            "0243", "HWK", "1708", "STW", "0233", "ERM");

    private BeschermdWonenRegio() {
    }

    static Map<String, Integer> vestigingen(BeschermdWonenDemo.Periode periode) {
        return periode == BeschermdWonenDemo.Periode.JAAR_2025 ? VESTIGINGEN_2025 : VESTIGINGEN_2016;
    }

    static String afkorting(String gemeentecode) {
        return AFKORTINGEN.get(gemeentecode);
    }

    static Gemeente lid(List<Gemeente> leden, String code) {
        return leden.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member of beschermd-wonen-zwolle: " + code));
    }

    private static Map<String, Integer> gewichten(Object... paren) {
        Map<String, Integer> kaart = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            kaart.put((String) paren[i], (Integer) paren[i + 1]);
        }
        return kaart;
    }
}
