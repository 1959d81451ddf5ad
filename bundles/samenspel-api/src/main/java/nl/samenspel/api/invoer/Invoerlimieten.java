package nl.samenspel.api.invoer;

/**
 * The bounds on input. A service with these values is registered from configuration
 * {@value #PID}; {@link #standaard()} gives the defaults, for tests and for code outside OSGi.
 * Every refusal names the bound it hit by its configuration key (for example
 * {@code zipUitgepakt}), so an operator knows which setting to look at.
 */
public interface Invoerlimieten {

    String PID = "nl.samenspel.invoer";

    /** Largest upload or inbox file, bytes (64 MiB): one file is checked whole in memory. */
    long uploadBytes();

    /** Largest JSON request body or model file, bytes (1 MiB). */
    long jsonBytes();

    /** Deepest nesting of JSON objects and arrays (32). */
    int jsonDiepte();

    /** Most elements in one JSON array (10,000). */
    int jsonLijst();

    /** Longest JSON string, characters (10,000). */
    int jsonTekst();

    /** Most entries in one ZIP archive (200,000). */
    int zipBerichten();

    /** Most bytes all entries of one ZIP archive inflate to together (512 MiB). */
    long zipUitgepakt();

    /** Highest ratio of inflated to compressed size of an entry or the whole archive (100). */
    int zipVerhouding();

    /** Longest CSV line, characters (10,000). */
    int csvRegellengte();

    /** Most fields on one CSV line (100). */
    int csvVelden();

    /** Deepest nesting of XML elements (32). */
    int xmlDiepte();

    /** Most significant digits of a decimal in a model or request (20). */
    int decimaalPrecisie();

    /** Most digits after the decimal point of a decimal in a model or request (10). */
    int decimaalSchaal();

    /** The defaults. */
    static Invoerlimieten standaard() {
        return new Waarden(64L * 1024 * 1024, 1024L * 1024, 32, 10_000, 10_000, 200_000, 512L * 1024 * 1024, 100, 10_000, 100, 32, 20, 10);
    }

    /** The configuration key of a bound, for messages: {@code naam("zipUitgepakt")} is {@code nl.samenspel.invoer/zipUitgepakt}. */
    static String naam(String sleutel) {
        return PID + "/" + sleutel;
    }

    /**
     * The length a {@code Content-Length} header (or a file's size as text) announces, so input over
     * a bound can be refused before a byte is read; -1 when none is announced or it is no number
     * (the container refuses a malformed header itself; here it only saves reading).
     */
    static long aangekondigd(String lengte) {
        if (lengte == null || lengte.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(lengte.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A fixed set of bounds. */
    record Waarden(long uploadBytes, long jsonBytes, int jsonDiepte, int jsonLijst, int jsonTekst, int zipBerichten, long zipUitgepakt,
                   int zipVerhouding, int csvRegellengte, int csvVelden, int xmlDiepte, int decimaalPrecisie, int decimaalSchaal)
            implements Invoerlimieten {
    }
}
