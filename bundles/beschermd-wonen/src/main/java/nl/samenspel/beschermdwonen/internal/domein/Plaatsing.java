package nl.samenspel.beschermdwonen.internal.domein;

import java.time.LocalDate;

/**
 * A placement: the client (pseudonym) from {@code herkomstgemeente} (responsible) in a
 * facility in {@code vestigingsgemeente}. {@code einde} and {@code eindreden} are null while it
 * runs; {@code aanmelding} is the application it closes, if any; {@code wijziging} why a stored
 * placement is sent again (null: a new one, or the same once more), never stored.
 */
public record Plaatsing(String herkomstgemeente, long nummer, String client, String voorziening, String vestigingsgemeente,
                        Codes.Vorm vorm, LocalDate ingang, LocalDate einde, long tarief, Codes.Tariefeenheid tariefeenheid,
                        Codes.Eindreden eindreden, boolean overgangsrecht, boolean overboeking, Long aanmelding, nl.samenspel.invoer.Wijziging wijziging) {

    public String sleutel() {
        return herkomstgemeente + "/" + nummer;
    }

    public boolean isActiefOp(LocalDate dag) {
        return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
    }

    public Plaatsing metVestiging(String gemeente) {
        return new Plaatsing(herkomstgemeente, nummer, client, voorziening, gemeente, vorm, ingang, einde, tarief, tariefeenheid,
                eindreden, overgangsrecht, overboeking, aanmelding, wijziging);
    }

    /** The fields in which this placement differs from another with the same key, by their column names; the wijziging is no field. */
    public java.util.List<String> verschillenMet(Plaatsing ander) {
        java.util.List<String> uit = new java.util.ArrayList<>();
        verschil(uit, "client", client, ander.client);
        verschil(uit, "voorziening", voorziening, ander.voorziening);
        verschil(uit, "vorm", vorm, ander.vorm);
        verschil(uit, "ingangsdatum", ingang, ander.ingang);
        verschil(uit, "einddatum", einde, ander.einde);
        verschil(uit, "tarief", tarief, ander.tarief);
        verschil(uit, "tariefeenheid", tariefeenheid, ander.tariefeenheid);
        verschil(uit, "eindreden", eindreden, ander.eindreden);
        verschil(uit, "overgangsrecht", overgangsrecht, ander.overgangsrecht);
        verschil(uit, "overboeking", overboeking, ander.overboeking);
        verschil(uit, "aanmelding", aanmelding, ander.aanmelding);
        return uit;
    }

    private static void verschil(java.util.List<String> uit, String veld, Object a, Object b) {
        if (!java.util.Objects.equals(a, b)) {
            uit.add(veld);
        }
    }
}
