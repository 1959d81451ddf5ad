package nl.samenspel.wmo.internal.domein;

import java.util.List;
import java.util.Optional;
import nl.samenspel.api.code.Gecodeerd;

/**
 * The two kinds of Wmo provision: a maatwerkvoorziening, by a gemeente's allocation to one client
 * and with an eigen bijdrage; an algemene voorziening, open without indication, reported by use.
 * The share of the second is the "beweging naar voren" the region steers on.
 */
public enum Voorziening implements Gecodeerd {
    MAATWERK, ALGEMEEN;

    public static Optional<Voorziening> vanCode(String code) {
        return Gecodeerd.vanCode(Voorziening.class, code);
    }

    public static List<String> codes() {
        return Gecodeerd.codes(Voorziening.class);
    }
}
