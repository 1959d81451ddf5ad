package nl.samenspel.module.toewijzing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;

/**
 * The checks of starts, stops and declarations against the stored allocations, as iJw and iWmo
 * define them: one start and one stop per allocation per file; a stored start or stop changes
 * only with StatusAanlevering 2 (a changed delivery) or after a withdrawal (3); a start lies
 * within the allocation, a stop not before the start.
 */
public final class Levering {

    private Levering() {
    }

    public static void starts(List<Gelezen.Regel<StartZorg>> regels, Map<Toewijzingsleutel, Stand> opgeslagen, List<Regelfout> fouten) {
        opToewijzing(regels, opgeslagen, fouten, (regel, t) -> {
            StartZorg s = regel.waarde();
            if (!s.gewijzigd() && t.startZorg() != null && !t.startZorg().equals(s.begindatum())) {
                fouten.add(new Regelfout(regel.plaats(), "begindatum", "de zorg van toewijzing " + s.sleutel() + " is al gestart op "
                        + t.startZorg() + "; stuur de nieuwe begindatum als wijziging (status 2) of trek de start eerst in (status 3)"));
            }
            if (!t.bevat(s.begindatum())) {
                fouten.add(new Regelfout(regel.plaats(), "begindatum", "begindatum " + s.begindatum() + " valt buiten de toewijzing ("
                        + t.periode() + ")"));
            }
        });
    }

    public static void stops(List<Gelezen.Regel<StopZorg>> regels, Map<Toewijzingsleutel, Stand> opgeslagen, List<Regelfout> fouten) {
        opToewijzing(regels, opgeslagen, fouten, (regel, t) -> {
            StopZorg s = regel.waarde();
            if (!s.gewijzigd() && t.stopZorg() != null && (!t.stopZorg().equals(s.einddatum()) || !s.reden().equals(t.stopReden()))) {
                fouten.add(new Regelfout(regel.plaats(), "einddatum", "de zorg van toewijzing " + s.sleutel() + " is al gestopt op "
                        + t.stopZorg() + " (reden " + t.stopReden() + "); stuur de nieuwe stop als wijziging (status 2) of trek de stop eerst in (status 3)"));
            }
            LocalDate vroegst = t.startZorg() != null ? t.startZorg() : t.ingang();
            if (s.einddatum().isBefore(vroegst)) {
                fouten.add(new Regelfout(regel.plaats(), "einddatum", "einddatum " + s.einddatum() + " ligt voor "
                        + (t.startZorg() != null ? "de start van de zorg " : "de ingangsdatum ") + vroegst));
            }
        });
    }

    /**
     * One start or one stop per allocation per file, each on a stored allocation; what does not
     * withdraw an earlier one is judged against that allocation by {@code toets}.
     */
    private static <M extends Melding> void opToewijzing(List<Gelezen.Regel<M>> regels, Map<Toewijzingsleutel, Stand> opgeslagen,
                                                         List<Regelfout> fouten, BiConsumer<Gelezen.Regel<M>, Stand> toets) {
        uniek(regels, m -> m.sleutel().toString(), "toewijzingnummer", fouten);
        for (Gelezen.Regel<M> regel : regels) {
            Stand t = stand(regel.plaats(), regel.waarde().sleutel(), opgeslagen, fouten);
            if (t != null && !regel.waarde().intrekken()) {
                toets.accept(regel, t);
            }
        }
    }

    /**
     * The stored allocation a start, stop or declaration refers to; a missing one is named.
     *
     * @return null when there is none (the error is recorded)
     */
    public static Stand stand(String plaats, Toewijzingsleutel sleutel, Map<Toewijzingsleutel, Stand> opgeslagen, List<Regelfout> fouten) {
        Stand t = opgeslagen.get(sleutel);
        if (t == null) {
            fouten.add(new Regelfout(plaats, "toewijzingnummer", "geen toewijzing met dit nummer van gemeente " + sleutel.gemeente()
                    + "; lees eerst de toewijzing in"));
        }
        return t;
    }

    /** A key twice in one file is refused at its second line, naming the first ({@link Gelezen#uniek}). */
    public static <T> void uniek(List<Gelezen.Regel<T>> regels, Function<T, String> sleutel, String veld, List<Regelfout> fouten) {
        Gelezen.uniek(regels, sleutel, veld, "", fouten);
    }

    /**
     * A file of allocations: a number once per file, each allocation checked on its own by the
     * module ({@code eigen}: plaats and allocation) and against the stored one with its number
     * ({@link #vervanging}).
     *
     * @param opgeslagen the stored allocations with the file's numbers
     * @param zorg       what the module calls what was started ("zorg", "ondersteuning")
     */
    public static <T extends Toewijzingsbasis> void toewijzingen(List<Gelezen.Regel<T>> regels, Map<Toewijzingsleutel, Opgeslagen<T>> opgeslagen,
                                                                BiConsumer<String, T> eigen, String zorg, List<Regelfout> fouten) {
        uniek(regels, t -> t.sleutel().toString(), "toewijzingnummer", fouten);
        for (Gelezen.Regel<T> regel : regels) {
            T t = regel.waarde();
            eigen.accept(regel.plaats(), t);
            Opgeslagen<T> eerder = opgeslagen.get(t.sleutel());
            vervanging(regel.plaats(), t, eerder == null ? null : eerder.toewijzing(), eerder == null ? null : eerder.startZorg(),
                    eerder == null ? null : t.verschillen(eerder.toewijzing()), zorg, fouten);
        }
    }

    /**
     * An allocation whose number may be stored already: it does not replace the stored one without a
     * word ({@link #geenStilleVervanging}), and a changed one keeps the stored start of care, so its
     * new dates must still contain that day.
     *
     * @param eerder    the stored allocation with this number; null: none
     * @param startZorg the stored allocation's reported start; null: none
     * @param anders    the columns in which the line differs from {@code eerder} (the module's own comparison); null without one
     * @param zorg      what the module calls what was started ("zorg", "ondersteuning")
     */
    public static void vervanging(String plaats, Toewijzingsbasis t, Toewijzingsbasis eerder, LocalDate startZorg, List<String> anders,
                                  String zorg, List<Regelfout> fouten) {
        geenStilleVervanging(plaats, t.sleutel(), t.wijziging(), eerder == null ? null : anders,
                eerder == null ? null : "ingang " + eerder.ingang() + ", product " + eerder.categorie() + "/" + eerder.code(), fouten);
        if (startZorg != null && !t.omvang().bevat(startZorg)) {
            fouten.add(new Regelfout(plaats, "ingangsdatum", "de " + zorg + " van deze toewijzing is op " + startZorg
                    + " gestart; de gewijzigde toewijzing moet die dag bevatten"));
        }
    }

    /**
     * A stored number is not replaced without a word (as iJw and iWmo: a changed 301 carries a
     * RedenWijziging): other values need a {@code wijziging} ({@code einde}: only the end date;
     * {@code correctie}: anything), and a {@code wijziging} needs a stored allocation. The same
     * values again pass: a resent batch changes nothing.
     *
     * @param anders     the columns in which the line differs from the stored allocation (null: none stored)
     * @param opgeslagen how the report names the stored allocation ("ingang 2025-01-01, product 02/BG1")
     */
    public static void geenStilleVervanging(String plaats, Toewijzingsleutel sleutel, nl.samenspel.invoer.Wijziging wijziging,
                                            List<String> anders, String opgeslagen, List<Regelfout> fouten) {
        if (anders == null) {
            if (wijziging != null) {
                fouten.add(new Regelfout(plaats, "wijziging", "er is geen opgeslagen toewijzing " + sleutel
                        + " om te wijzigen; laat wijziging leeg voor een nieuwe toewijzing"));
            }
            return;
        }
        if (wijziging == null && !anders.isEmpty()) {
            fouten.add(new Regelfout(plaats, "toewijzingnummer", "toewijzing " + sleutel + " is al opgeslagen (" + opgeslagen
                    + ") en wijkt af in " + String.join(", ", anders) + "; zet wijziging op einde of correctie (RedenWijziging) om haar"
                    + " te wijzigen, of geef een nieuw toewijzingnummer"));
        } else if (wijziging == nl.samenspel.invoer.Wijziging.EINDE && !List.of("einddatum").containsAll(anders)) {
            fouten.add(new Regelfout(plaats, "wijziging", "einde wijzigt alleen de einddatum; ook anders: "
                    + String.join(", ", anders.stream().filter(v -> !v.equals("einddatum")).toList())
                    + "; gebruik correctie (RedenWijziging 14, administratieve correctie)"));
        }
    }
}
