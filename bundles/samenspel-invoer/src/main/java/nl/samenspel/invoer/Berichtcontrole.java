package nl.samenspel.invoer;

import java.util.Map;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.invoer.Istandaardbericht.Type;

/**
 * The rules of one message beyond its single fields: its BerichtCode, each record's BSN where
 * the type asks for it, and a declaration's total. Says what is wrong in words that repeat no
 * value of the input; where it is wrong is the reader's to say.
 */
final class Berichtcontrole {

    private final Type type;
    private final Istandaardbericht typen;
    private long somRecords;

    Berichtcontrole(Type type, Istandaardbericht typen) {
        this.type = type;
        this.typen = typen;
    }

    /** Why the Header's BerichtCode is wrong, or null when it is the type's. */
    String berichtCode(String code) {
        if (type.berichtCode().equals(code)) {
            return null;
        }
        // a code of the standard is named; anything else is input, and only its shape is told
        Type ander = typen.metCode(type, code);
        return (ander != null ? "een " + ander.code() + "-bericht (BerichtCode " + code + ")" : "geen BerichtCode " + type.berichtCode())
                + ", verwacht " + type.berichtCode() + " (" + type.code() + ")";
    }

    /** Whether this record's client BSN is refused here: only where the type checks it per record. */
    boolean bsnOngeldig(String bsn) {
        return type.bsnPerRecord() && !Bsn.isGeldig(bsn);
    }

    /** Counts a declaration's record towards the sum its total must equal. */
    void telOp(Map<String, String> record) {
        if (type.declaratie()) {
            somRecords += ("C".equals(record.get("debetcredit")) ? -1 : 1) * lang(record.get("bedrag"));
        }
    }

    /** A declaration's total must equal the sum of its records (debit minus credit); the amounts are not repeated. */
    boolean totaalWijkt(String totaalbedrag, String debetCredit) {
        return type.declaratie() && ("C".equals(debetCredit) ? -1 : 1) * lang(totaalbedrag) != somRecords;
    }

    private static long lang(String tekst) {
        try {
            return tekst == null ? 0 : Long.parseLong(tekst.strip());
        } catch (NumberFormatException e) {
            return 0; // the record reader reports the bad amount itself
        }
    }
}
