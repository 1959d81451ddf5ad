package nl.samenspel.jeugdhulp.internal.controle;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;

/**
 * What is accepted but deserves the sender's look: a combination the figures treat in a way the
 * sender may not expect. A warning never refuses a file; like an error it names the place and
 * the field, never a value (a client pseudonym or BSN has no place in a report).
 */
public final class Waarschuwingen {

    /** The text of the one warning allocations have; the figures' rule is in docs/jeugdhulp.md, "Monitoring". */
    public static final String VERWIJZER_ZONDER_AANMELDDATUM = "een verwijzer zonder aanmelddatum: deze toewijzing telt in de cijfers"
            + " verwijzers en wachttijden als 'onbekend' (zonder aanmelddatum is de verwijzing aan geen jaar toe te rekenen)";

    private Waarschuwingen() {
    }

    public static List<Regelfout> toewijzingen(List<Gelezen.Regel<Zorg.Toewijzing>> regels) {
        List<Regelfout> uit = new ArrayList<>();
        for (Gelezen.Regel<Zorg.Toewijzing> regel : regels) {
            Zorg.Toewijzing t = regel.waarde();
            if (t.verwijzer() != null && t.aanmelddatum() == null) {
                uit.add(new Regelfout(regel.plaats(), "aanmelddatum", VERWIJZER_ZONDER_AANMELDDATUM));
            }
        }
        return uit;
    }
}
