package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a rate is per: a calendar month (from 2020) or a period of 4 weeks (2019). The CAK billed a
 * 4-weekly rate 13 times a year; spread over 12 months, one month carries 13/12 of it. Counting in
 * twelfths of a cent keeps that exact until the one rounding ({@link LopendeAfronding}).
 */
public enum Tariefeenheid {
    MAAND("maand", 12),
    VIER_WEKEN("4-weken", 13);

    private final String code;
    private final int twaalfdenPerMaand;

    Tariefeenheid(String code, int twaalfdenPerMaand) {
        this.code = code;
        this.twaalfdenPerMaand = twaalfdenPerMaand;
    }

    /** As written in the {@code per} column of the rates file. */
    public String code() {
        return code;
    }

    /** One month's share of the rate, in twelfths of the rate: 12 for a month, 13 for 4 weeks. */
    public int twaalfdenPerMaand() {
        return twaalfdenPerMaand;
    }

    public static Optional<Tariefeenheid> vanCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
