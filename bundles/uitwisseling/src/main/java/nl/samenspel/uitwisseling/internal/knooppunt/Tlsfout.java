package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;

/**
 * A failed connection to the hub whose TLS cause is named in Dutch. Its text is its message
 * alone, without the class name, because the sender records {@code "geen verbinding met de hub: " + fout}
 * and an operator reads that in the status and the log.
 */
final class Tlsfout extends IOException {

    private static final long serialVersionUID = 1L;

    Tlsfout(String benoemd, IOException oorzaak) {
        super(benoemd, oorzaak);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
