package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;

/** The node's connection to its hub. */
public interface Hubverbinding {

    /** An answer: its HTTP status and body. */
    record Antwoord(int status, String body) {
        public boolean gelukt() {
            return status >= 200 && status < 300;
        }

        /**
         * The hub judged the request and refused it: sending the same again gives the same
         * answer. 408 and 429 are about timing, and every 5xx about the hub, so those are tried again.
         */
        public boolean geweigerd() {
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
    }

    /** POSTs a batch (CSV) with its idempotency key to {@code /api/v1/uitwisseling/batches/<module>/<soort>}. */
    Antwoord verstuur(String module, String soort, String sleutel, String csv) throws IOException, InterruptedException;

    /** GETs a path under {@code /api/v1}. */
    Antwoord haal(String pad) throws IOException, InterruptedException;
}
