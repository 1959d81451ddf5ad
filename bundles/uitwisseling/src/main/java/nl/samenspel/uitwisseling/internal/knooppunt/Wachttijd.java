package nl.samenspel.uitwisseling.internal.knooppunt;

import java.time.Duration;

/**
 * Exponential backoff between failed attempts: the first wait, doubled after each next
 * failure, never longer than the cap (Digikoppeling: 300 s). A success starts over.
 */
public final class Wachttijd {

    private final Duration eerste;
    private final Duration langste;
    private int mislukt;

    public Wachttijd(Duration eerste, Duration langste) {
        if (eerste.isNegative() || eerste.isZero() || langste.compareTo(eerste) < 0) {
            throw new IllegalArgumentException("wachttijden: eerste " + eerste + " moet positief zijn en niet langer dan de langste " + langste);
        }
        this.eerste = eerste;
        this.langste = langste;
    }

    /** Counts a failure and returns how long to wait before the next attempt. */
    public synchronized Duration naFout() {
        mislukt++;
        // doubling stops at the cap long before a shift could overflow
        Duration wacht = eerste;
        for (int i = 1; i < mislukt && wacht.compareTo(langste) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(langste) > 0 ? langste : wacht;
    }

    public synchronized void naSucces() {
        mislukt = 0;
    }

    public synchronized int mislukt() {
        return mislukt;
    }
}
