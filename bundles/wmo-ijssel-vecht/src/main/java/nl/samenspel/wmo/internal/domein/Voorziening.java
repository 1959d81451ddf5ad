package nl.samenspel.wmo.internal.domein;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two kinds of Wmo provision: a maatwerkvoorziening, by a gemeente's allocation to one client
 * and with an eigen bijdrage; an algemene voorziening, open without indication, reported by use.
 * The share of the second is the "beweging naar voren" the region steers on.
 */
public enum Voorziening {
    MAATWERK("maatwerk"), ALGEMEEN("algemeen");

    private final String code;

    Voorziening(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Voorziening> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Voorziening::code).toList();
    }
}
