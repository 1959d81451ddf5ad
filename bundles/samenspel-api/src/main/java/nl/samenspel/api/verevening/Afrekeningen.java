package nl.samenspel.api.verevening;

import java.util.List;

/** The statements of final (definitief) equalization runs; the hub's exchange delivers them to the members' nodes. */
public interface Afrekeningen {

    /** Every final run's statement for this municipality, oldest run first; empty when there is none. */
    List<DefinitieveAfrekening> definitief(String gemeente);
}
