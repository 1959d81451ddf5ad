package nl.samenspel.audit.internal;

import nl.samenspel.audit.internal.Controleuitkomst.Ketenfout;
import nl.samenspel.audit.internal.Controleuitkomst.Reden;

/**
 * Checks records one at a time, in volgnummer order, against the chain that starts at an anchor.
 * Holds only the previous record, so the caller can stream a table of any size through it.
 * Reading goes on after the first fault (the count is of every record); the chain continues
 * from each record as stored, so one changed record gives one fault, not a fault at every
 * record after it.
 */
final class Auditcontrole {

    private final Anker anker;
    private long vorigVolgnummer;
    private String vorigeHash;
    private long gecontroleerd;
    private Ketenfout eersteFout;

    Auditcontrole(Anker anker) {
        this.anker = anker;
        this.vorigVolgnummer = anker.volgnummer();
        this.vorigeHash = anker.hash();
    }

    void controleer(Auditrecord r) {
        gecontroleerd++;
        if (r.volgnummer() != vorigVolgnummer + 1) {
            fout(r.volgnummer(), Reden.GAT_IN_VOLGNUMMERS, "volgnummer " + (vorigVolgnummer + 1) + " verwacht, "
                    + r.volgnummer() + " gevonden");
        } else if (!r.vorigeHash().equals(vorigeHash)) {
            fout(r.volgnummer(), Reden.KETEN_VERBROKEN, "de vorige hash is niet die van volgnummer " + vorigVolgnummer);
        } else if (!Ketenhash.bereken(r).equals(r.hash())) {
            fout(r.volgnummer(), Reden.INHOUD_GEWIJZIGD, "de hash klopt niet met de inhoud");
        }
        vorigVolgnummer = r.volgnummer();
        vorigeHash = r.hash();
    }

    /** The last record read: where the checked part ends. */
    Anker bereikt() {
        return new Anker(vorigVolgnummer, vorigeHash);
    }

    /**
     * The outcome, given the last record the writer knows it wrote: a log that stops short of it
     * lost its end, which the chain alone cannot show.
     */
    Controleuitkomst uitkomst(Anker laatstGeschreven) {
        if (laatstGeschreven.volgnummer() > vorigVolgnummer) {
            fout(vorigVolgnummer + 1, Reden.EINDE_ONTBREEKT, "de laatst geschreven regel is volgnummer "
                    + laatstGeschreven.volgnummer() + ", het log eindigt bij " + vorigVolgnummer);
        } else if (laatstGeschreven.volgnummer() == vorigVolgnummer && !laatstGeschreven.hash().equals(vorigeHash)) {
            fout(vorigVolgnummer, Reden.INHOUD_GEWIJZIGD, "de hash is niet die waarmee de regel geschreven is");
        }
        return new Controleuitkomst(eersteFout == null, gecontroleerd, anker, eersteFout);
    }

    private void fout(long volgnummer, Reden reden, String toelichting) {
        if (eersteFout == null) {
            eersteFout = new Ketenfout(volgnummer, reden, toelichting);
        }
    }
}
