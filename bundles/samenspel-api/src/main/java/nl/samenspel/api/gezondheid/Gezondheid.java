package nl.samenspel.api.gezondheid;

import java.util.List;

/**
 * What keeps failing in a component, one sentence each; empty when it does its work. Only a
 * lasting failure belongs here (one refused file does not, a database that has refused every
 * write for minutes does), and never personal data: the sentences go to readiness answers and logs.
 */
public interface Gezondheid {

    /** The component's name, for the readiness answer. */
    String naam();

    List<String> storingen();
}
