package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.Optional;
import nl.samenspel.api.code.Gecodeerd;

/**
 * What a rate is per: a calendar month (from 2020) or a period of 4 weeks (2019). The CAK billed a
 * 4-weekly rate 13 times a year; spread over 12 months, one month carries 13/12 of it. Counting in
 * twelfths of a cent keeps that exact until the one rounding ({@link LopendeAfronding}).
 * {@link #code()} is as written in the {@code per} column of the rates file.
 */
public enum Tariefeenheid implements Gecodeerd {
    MAAND(12),
    VIER_WEKEN(13) {
        /** The one code that cannot be a constant's name: it starts with a digit. */
        @Override
        public String code() {
            return "4-weken";
        }
    };

    private final int twaalfdenPerMaand;

    Tariefeenheid(int twaalfdenPerMaand) {
        this.twaalfdenPerMaand = twaalfdenPerMaand;
    }

    /** One month's share of the rate, in twelfths of the rate: 12 for a month, 13 for 4 weeks. */
    public int twaalfdenPerMaand() {
        return twaalfdenPerMaand;
    }

    public static Optional<Tariefeenheid> vanCode(String code) {
        return Gecodeerd.vanCode(Tariefeenheid.class, code);
    }
}
