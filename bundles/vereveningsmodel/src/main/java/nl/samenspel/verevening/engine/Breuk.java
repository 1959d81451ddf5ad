package nl.samenspel.verevening.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number (teller/noemer). The engine computes every amount
 * with these instead of {@link BigDecimal}, because shares such as 1/3 or 7/31
 * have no finite decimal form and any cut-off would make the per-member values
 * no longer add up exactly to the region's total before rounding.
 *
 * <p>Always normalised: the noemer is positive and shares no factor with the
 * teller, so {@link #equals} is value equality and {@code 2/4} equals {@code 1/2}.
 */
public final class Breuk implements Comparable<Breuk> {

    public static final Breuk NUL = new Breuk(BigInteger.ZERO, BigInteger.ONE);
    public static final Breuk EEN = new Breuk(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger teller;
    private final BigInteger noemer;

    private Breuk(BigInteger teller, BigInteger noemer) {
        this.teller = teller;
        this.noemer = noemer;
    }

    /** {@code teller / noemer}, normalised; a zero noemer is an {@link ArithmeticException}. */
    public static Breuk van(BigInteger teller, BigInteger noemer) {
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(noemer, "noemer");
        if (noemer.signum() == 0) {
            throw new ArithmeticException("noemer is 0");
        }
        if (teller.signum() == 0) {
            return NUL;
        }
        if (noemer.signum() < 0) {
            teller = teller.negate();
            noemer = noemer.negate();
        }
        BigInteger ggd = teller.gcd(noemer);
        if (!ggd.equals(BigInteger.ONE)) {
            teller = teller.divide(ggd);
            noemer = noemer.divide(ggd);
        }
        return new Breuk(teller, noemer);
    }

    public static Breuk van(long teller, long noemer) {
        return van(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
    }

    public static Breuk van(long geheel) {
        return van(BigInteger.valueOf(geheel), BigInteger.ONE);
    }

    public static Breuk van(BigInteger geheel) {
        return van(geheel, BigInteger.ONE);
    }

    /** Exact: {@code 0.0375} becomes {@code 3/80}; a BigDecimal is already a fraction over a power of ten. */
    public static Breuk van(BigDecimal decimaal) {
        Objects.requireNonNull(decimaal, "decimaal");
        if (decimaal.signum() == 0) {
            return NUL; // whatever its scale: 0E-2147483647 would otherwise ask for 10^2147483647
        }
        int schaal = decimaal.scale();
        if (schaal <= 0) {
            return van(decimaal.toBigIntegerExact());
        }
        return van(decimaal.unscaledValue(), BigInteger.TEN.pow(schaal));
    }

    /** Parses {@code "3/80"}, {@code "-7"} or a decimal such as {@code "0.0375"}; the inverse of {@link #toString()}. */
    public static Breuk parse(String tekst) {
        Objects.requireNonNull(tekst, "tekst");
        int streep = tekst.indexOf('/');
        if (streep < 0) {
            return van(new BigDecimal(tekst.strip()));
        }
        return van(new BigInteger(tekst.substring(0, streep).strip()),
                new BigInteger(tekst.substring(streep + 1).strip()));
    }

    public BigInteger teller() {
        return teller;
    }

    public BigInteger noemer() {
        return noemer;
    }

    // plus and maal follow Knuth (TAOCP vol. 2, 4.5.1): they take gcds of the small operands
    // instead of the large result, and skip them where the result is known to be in lowest
    // terms. A plain gcd on every result made gcd the bulk of the engine's run time.

    public Breuk plus(Breuk ander) {
        if (isNul()) {
            return ander;
        }
        if (ander.isNul()) {
            return this;
        }
        BigInteger g = noemer.gcd(ander.noemer);
        if (g.equals(BigInteger.ONE)) {
            // Coprime noemers: the sum is already in lowest terms.
            return new Breuk(teller.multiply(ander.noemer).add(ander.teller.multiply(noemer)), noemer.multiply(ander.noemer));
        }
        BigInteger t = teller.multiply(ander.noemer.divide(g)).add(ander.teller.multiply(noemer.divide(g)));
        if (t.signum() == 0) {
            return NUL;
        }
        BigInteger g2 = t.gcd(g);
        return new Breuk(t.divide(g2), noemer.divide(g).multiply(ander.noemer.divide(g2)));
    }

    public Breuk min(Breuk ander) {
        return plus(ander.negatief());
    }

    public Breuk maal(Breuk ander) {
        if (isNul() || ander.isNul()) {
            return NUL;
        }
        BigInteger g1 = teller.gcd(ander.noemer);
        BigInteger g2 = ander.teller.gcd(noemer);
        return new Breuk(teller.divide(g1).multiply(ander.teller.divide(g2)),
                noemer.divide(g2).multiply(ander.noemer.divide(g1)));
    }

    public Breuk maal(long factor) {
        return maal(van(factor));
    }

    public Breuk gedeeldDoor(Breuk ander) {
        if (ander.teller.signum() == 0) {
            throw new ArithmeticException("deling door 0");
        }
        Breuk omgekeerd = ander.teller.signum() > 0
                ? new Breuk(ander.noemer, ander.teller)
                : new Breuk(ander.noemer.negate(), ander.teller.negate());
        return maal(omgekeerd);
    }

    public Breuk negatief() {
        return new Breuk(teller.negate(), noemer);
    }

    public int signum() {
        return teller.signum();
    }

    public boolean isNul() {
        return teller.signum() == 0;
    }

    public boolean isGeheel() {
        return noemer.equals(BigInteger.ONE);
    }

    /**
     * Largest integer not above this value, i.e. rounding toward minus infinity.
     * {@link BigInteger#divide} truncates toward zero, which for a negative
     * amount such as -7/2 would give -3 instead of -4 and so hand out a cent
     * too many in the largest-remainder step.
     */
    public BigInteger entier() {
        BigInteger[] qr = teller.divideAndRemainder(noemer);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** {@code this - entier()}, always in [0, 1). */
    public Breuk rest() {
        return min(van(entier()));
    }

    public Breuk kleinsteVan(Breuk ander) {
        return compareTo(ander) <= 0 ? this : ander;
    }

    public Breuk grootsteVan(Breuk ander) {
        return compareTo(ander) >= 0 ? this : ander;
    }

    /** For people reading an explanation; rounded half-even, so not for further computation. */
    public String alsDecimaal(int decimalen) {
        return new BigDecimal(teller).divide(new BigDecimal(noemer), decimalen, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Override
    public int compareTo(Breuk ander) {
        return teller.multiply(ander.noemer).compareTo(ander.teller.multiply(noemer));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Breuk b && teller.equals(b.teller) && noemer.equals(b.noemer);
    }

    @Override
    public int hashCode() {
        return 31 * teller.hashCode() + noemer.hashCode();
    }

    /** {@code "teller/noemer"}, or just the teller for a whole number; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return isGeheel() ? teller.toString() : teller + "/" + noemer;
    }
}
