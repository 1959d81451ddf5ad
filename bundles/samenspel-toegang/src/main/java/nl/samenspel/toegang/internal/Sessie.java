package nl.samenspel.toegang.internal;

import java.time.Instant;

/**
 * A dashboard login: who it is, the token every state-changing request of the page must repeat
 * (CSRF), when it began and when it was last used. The id travels only in an HttpOnly cookie.
 */
record Sessie(String id, String csrf, Aanmelding aanmelding, Instant begonnen, Instant laatstGebruikt) {

    Sessie gebruikt(Instant nu) {
        return new Sessie(id, csrf, aanmelding, begonnen, nu);
    }
}
