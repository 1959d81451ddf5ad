package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;

/**
 * A placement: the client (pseudonym) from {@code herkomstgemeente} (responsible) in a
 * facility in {@code vestigingsgemeente}. {@code einde} and {@code eindreden} are null while it
 * runs; {@code aanmelding} is the application it closes, if any.
 */
public record Plaatsing(String herkomstgemeente, long nummer, String client, String voorziening, String vestigingsgemeente,
                        Codes.Vorm vorm, LocalDate ingang, LocalDate einde, long tarief, Codes.Tariefeenheid tariefeenheid,
                        Codes.Eindreden eindreden, boolean overgangsrecht, boolean overboeking, Long aanmelding) {

    public String sleutel() {
        return herkomstgemeente + "/" + nummer;
    }

    public boolean isActiefOp(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    public Plaatsing metVestiging(String gemeente) {
        return new Plaatsing(herkomstgemeente, nummer, client, voorziening, gemeente, vorm, ingang, einde, tarief, tariefeenheid,
                eindreden, overgangsrecht, overboeking, aanmelding);
    }
}
