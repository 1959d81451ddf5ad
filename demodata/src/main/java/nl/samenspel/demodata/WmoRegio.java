package nl.samenspel.demodata;

import java.time.LocalDate;
import java.util.List;

/**
 * The members of wmo-ijssel-vecht with their membership periods, as in
 * regional-config/regios/wmo-ijssel-vecht.json (a test holds the two together). Membership is
 * dated, not a list per period, so a leaving member (Hattem, end of 2023, an assumption) drops
 * out of every later draw and its open-ended allocations end on its last day.
 */
final class WmoRegio {

    static final String ID = "wmo-ijssel-vecht";
    static final String ZWOLLE = "0193";
    static final String HATTEM = "0244";

    /** A member from {@code van} up to and including {@code tot}; {@code tot} null is open-ended. */
    record Lid(Gemeente gemeente, LocalDate van, LocalDate tot) {

        boolean isLidOp(LocalDate dag) {
            return !dag.isBefore(van) && (tot == null || !dag.isAfter(tot));
        }
    }

    private static final LocalDate START = LocalDate.of(2015, 1, 1);

    /** IJssel-Vecht; inwoners weight how many clients each member gets. */
    static final List<Lid> LEDEN = List.of(
            new Lid(new Gemeente("Dalfsen", "0148", 29_500), START, null),
            new Lid(new Gemeente("Hardenberg", "0160", 62_000), START, null),
            new Lid(new Gemeente("Kampen", "0166", 55_000), START, null),
            new Lid(new Gemeente("Ommen", "0175", 18_500), START, null),
            new Lid(new Gemeente("Staphorst", "0180", 18_000), START, null),
            new Lid(new Gemeente("Zwolle", ZWOLLE, 132_500), START, null),
            new Lid(new Gemeente("Hattem", HATTEM, 12_500), START, LocalDate.of(2023, 12, 31)),
            new Lid(new Gemeente("Steenwijkerland", "1708", 45_000), START, null),
            new Lid(new Gemeente("Zwartewaterland", "1896", 23_000), START, null));

    private WmoRegio() {
    }

    /** Every gemeente that was ever a member, in the order above. */
    static List<Gemeente> alleGemeenten() {
        return LEDEN.stream().map(Lid::gemeente).toList();
    }

    static List<Gemeente> ledenOp(LocalDate dag) {
        return LEDEN.stream().filter(l -> l.isLidOp(dag)).map(Lid::gemeente).toList();
    }

    static Lid lid(String gemeentecode) {
        return LEDEN.stream().filter(l -> l.gemeente().code().equals(gemeentecode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member of " + ID + ": " + gemeentecode));
    }
}
