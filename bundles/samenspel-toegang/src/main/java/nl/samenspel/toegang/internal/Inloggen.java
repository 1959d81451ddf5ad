package nl.samenspel.toegang.internal;

import java.util.Optional;

/** Checks a user name and password against a realm; empty when refused. */
@FunctionalInterface
interface Inloggen {

    Optional<Aanmelding> inloggen(String gebruiker, char[] wachtwoord, String herkomst);
}
