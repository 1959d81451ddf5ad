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
         * The hub judged the batch and refused it: sending the same again gives the same answer
         * (400, 409, 413, 422). Everything else is tried again with backoff: 5xx, 408 and 429 are
         * about the hub or timing, and 401, 403 and 404 about configuration (a certificate the hub
         * does not know yet, a module not installed there yet) that an operator can mend.
         */
        public boolean geweigerd() {
            return status == 400 || status == 409 || status == 413 || status == 422;
        }
    }

    /** POSTs a batch (CSV) with its idempotency key to {@code /api/v1/uitwisseling/batches/<module>/<soort>}. */
    Antwoord verstuur(String module, String soort, String sleutel, String csv) throws IOException, InterruptedException;

    /** GETs a path under {@code /api/v1}. */
    Antwoord haal(String pad) throws IOException, InterruptedException;
}
