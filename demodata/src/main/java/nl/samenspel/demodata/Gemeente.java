package nl.samenspel.demodata;

import java.util.List;

/** A member of the youth-care region with its CBS code and approximate population. */
record Gemeente(String naam, String code, long inwoners) {

    /** The 11 members of jeugdhulp-ijsselland; inwoners weight how many allocations each gets. */
    static final List<Gemeente> IJSSELLAND = List.of(
            new Gemeente("Dalfsen", "0148", 29_500),
            new Gemeente("Deventer", "0150", 102_000),
            new Gemeente("Hardenberg", "0160", 62_000),
            new Gemeente("Kampen", "0166", 55_000),
            new Gemeente("Ommen", "0175", 18_500),
            new Gemeente("Raalte", "0177", 38_500),
            new Gemeente("Staphorst", "0180", 18_000),
            new Gemeente("Zwolle", "0193", 132_500),
            new Gemeente("Steenwijkerland", "1708", 45_000),
            new Gemeente("Olst-Wijhe", "1773", 18_500),
            new Gemeente("Zwartewaterland", "1896", 23_000));

    static Gemeente metCode(String code) {
        return IJSSELLAND.stream().filter(g -> g.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no IJsselland member: " + code));
    }
}
