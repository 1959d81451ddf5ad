package nl.samenspel.toegang.internal;

import java.util.Set;

/**
 * Who a request is, once proven: the actor's name as the audit log writes it (a user name,
 * {@code token:<subject>}) and the role names the realm or the token gave.
 */
public record Aanmelding(String naam, Set<String> rollen) {

    public Aanmelding {
        rollen = Set.copyOf(rollen);
    }
}
