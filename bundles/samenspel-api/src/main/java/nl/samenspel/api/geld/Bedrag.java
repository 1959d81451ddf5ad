package nl.samenspel.api.geld;

import java.util.Collection;
import java.util.Locale;

/**
 * An amount of money in whole eurocents. Immutable; arithmetic fails loudly on
 * overflow instead of wrapping, because a silently wrapped budget is worse than
 * an error.
 */
public record Bedrag(long eurocent) implements Comparable<Bedrag> {

    public static final Bedrag NUL = new Bedrag(0);

    public static Bedrag eurocent(long eurocent) {
        return new Bedrag(eurocent);
    }

    /** Whole euros, for configuration and tests; never derived from a double. */
    public static Bedrag euro(long euro) {
        return new Bedrag(Math.multiplyExact(euro, 100L));
    }

    /**
     * Parses an amount as written by people: {@code 1234}, {@code 1234,56},
     * {@code 1.234,56}, {@code -12,5}, with an optional {@code €}. A dot is a
     * thousands separator, a comma the decimal separator (Dutch notation); more
     * than two decimals is an error, not a rounding.
     */
    public static Bedrag parse(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("leeg bedrag");
        }
        String s = tekst.strip().replace("€", "").strip();
        boolean negatief = s.startsWith("-");
        if (negatief || s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        String heel = s;
        String fractie = "";
        int komma = s.indexOf(',');
        if (komma >= 0) {
            heel = s.substring(0, komma);
            fractie = s.substring(komma + 1);
        }
        if (heel.contains(".")) {
            if (!heel.matches("\\d{1,3}(\\.\\d{3})+")) {
                throw new IllegalArgumentException("ongeldig bedrag '" + tekst + "': punt alleen als duizendtalscheiding");
            }
            heel = heel.replace(".", "");
        }
        if (!heel.matches("\\d+") || !fractie.matches("\\d{0,2}") || (komma >= 0 && fractie.isEmpty())) {
            throw new IllegalArgumentException("ongeldig bedrag '" + tekst + "': verwacht bijvoorbeeld 1.234,56");
        }
        long centen;
        try {
            centen = Math.addExact(Math.multiplyExact(Long.parseLong(heel), 100L),
                    fractie.isEmpty() ? 0 : Long.parseLong(fractie.length() == 1 ? fractie + "0" : fractie));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bedrag '" + tekst + "' is te groot", e);
        }
        return new Bedrag(negatief ? -centen : centen);
    }

    public static Bedrag som(Collection<Bedrag> bedragen) {
        long totaal = 0;
        for (Bedrag b : bedragen) {
            totaal = Math.addExact(totaal, b.eurocent);
        }
        return new Bedrag(totaal);
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(Math.addExact(eurocent, ander.eurocent));
    }

    public Bedrag min(Bedrag ander) {
        return new Bedrag(Math.subtractExact(eurocent, ander.eurocent));
    }

    public Bedrag maal(long factor) {
        return new Bedrag(Math.multiplyExact(eurocent, factor));
    }

    public Bedrag negatief() {
        return new Bedrag(Math.negateExact(eurocent));
    }

    public int signum() {
        return Long.signum(eurocent);
    }

    @Override
    public int compareTo(Bedrag ander) {
        return Long.compare(eurocent, ander.eurocent);
    }

    /** Dutch notation, e.g. {@code € -1.234,05}; for people, not for machines. */
    public String alsTekst() {
        long abs = Math.absExact(eurocent);
        String euros = String.format(Locale.ROOT, "%,d", abs / 100).replace(',', '.');
        return String.format(Locale.ROOT, "€ %s%s,%02d", eurocent < 0 ? "-" : "", euros, abs % 100);
    }

    @Override
    public String toString() {
        return alsTekst();
    }
}
