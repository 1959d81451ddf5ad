package nl.samenspel.api.privacy;

import java.util.Optional;

/**
 * A burgerservicenummer that passed the elfproef. Its {@link #toString()} never shows the
 * number, so a BSN that ends up in a log line or an exception message by mistake leaks nothing.
 */
public final class Bsn {

    private final String nummer;

    private Bsn(String nummer) {
        this.nummer = nummer;
    }

    /** The BSN when {@code tekst} is nine digits passing the elfproef; empty otherwise. */
    public static Optional<Bsn> van(String tekst) {
        return isGeldig(tekst) ? Optional.of(new Bsn(tekst)) : Optional.empty();
    }

    /**
     * The elfproef: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is divisible by 11, and the number is
     * not 000000000 (which passes the sum but is never issued).
     */
    public static boolean isGeldig(String tekst) {
        if (tekst == null || tekst.length() != 9 || tekst.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = tekst.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            som += (i < 8 ? 9 - i : -1) * (c - '0');
        }
        return som % 11 == 0;
    }

    /** The digits, for the one place that needs them: the keyed hash that makes the pseudonym. */
    public String nummer() {
        return nummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn b && b.nummer.equals(nummer);
    }

    @Override
    public int hashCode() {
        return nummer.hashCode();
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
