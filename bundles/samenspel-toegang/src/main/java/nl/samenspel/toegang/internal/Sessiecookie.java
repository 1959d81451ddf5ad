package nl.samenspel.toegang.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * How the dashboard's session travels: an HttpOnly, Secure, SameSite=Strict cookie for the whole origin,
 * so no script can read it and no other site can send it; and, for every request that changes something,
 * the session's CSRF token in a header, which only the page that logged in knows.
 */
final class Sessiecookie {

    static final String NAAM = "samenspel-sessie";
    static final String CSRF_KOP = "X-CSRF-Token";
    /** Methods that change nothing, so need no CSRF token (RFC 9110 safe methods). */
    static final Set<String> VEILIG = Set.of("GET", "HEAD", "OPTIONS");

    private Sessiecookie() {
    }

    static String zet(String id) {
        return NAAM + "=" + id + "; Path=/; HttpOnly; Secure; SameSite=Strict";
    }

    static String wis() {
        return NAAM + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict";
    }

    /** Constant time, so the comparison tells nothing about how much of a guess was right. */
    static boolean csrfKlopt(String kop, String csrf) {
        return kop != null && MessageDigest.isEqual(kop.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8));
    }
}
