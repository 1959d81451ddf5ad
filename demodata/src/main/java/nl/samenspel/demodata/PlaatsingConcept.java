package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * A placement while it is being drawn: numbers and the link to an aanmelding are only known
 * once everything is drawn and sorted, so these fields are filled in late.
 */
final class PlaatsingConcept {

    final Gemeente herkomst;
    final String bsn;
    final Voorzieningsplan voorziening;
    final String vorm;
    final LocalDate ingang;
    LocalDate einde;
    String eindreden;
    long tarief;
    String eenheid;
    boolean overgangsrecht;
    boolean overboeking;
    Long aanmelding;
    long nummer;

    PlaatsingConcept(Gemeente herkomst, String bsn, Voorzieningsplan voorziening, String vorm, LocalDate ingang) {
        this.herkomst = herkomst;
        this.bsn = bsn;
        this.voorziening = voorziening;
        this.vorm = vorm;
        this.ingang = ingang;
    }

    /** The last day the placement occupies a place: an open one runs to the end of the data. */
    LocalDate bezetTot(LocalDate eindeGegevens) {
        return einde == null ? eindeGegevens : einde;
    }

    Plaatsing alsPlaatsing() {
        return new Plaatsing(herkomst.code(), nummer, bsn, voorziening.code(), voorziening.vestigingsgemeente(), vorm,
                ingang, einde, tarief, eenheid, eindreden, overgangsrecht, overboeking, aanmelding);
    }
}
