package nl.samenspel.api.verevening;

import java.util.List;

/**
 * A domain module's figures for the equalization of its region. Registered as an OSGi
 * service with the service property {@value #REGIO} set to the region id.
 */
public interface Vereveningsbron {

    /** Service property: the id of the region this source serves, e.g. {@code jeugdhulp-ijsselland}. */
    String REGIO = "regio";

    String regio();

    /**
     * The figures of every member of the region in the year, ordered by gemeente code.
     *
     * @throws OnvolledigeBron when a figure the equalization needs is missing, naming every gap
     */
    List<Vereveningsgegevens> gegevens(int jaar);
}
