package nl.samenspel.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.samenspel.api.audit.Auditregel;

/** A record as stored: the event, its place in the chain and its hash. */
public record Auditrecord(long volgnummer, Instant tijd, String actor, String actie, String object, int resultaat,
                          String herkomst, String vorigeHash, String hash) {

    /**
     * The record that follows {@code vorige}: fields fitted to their columns and the time cut to
     * milliseconds first, so the hash is over exactly what the database will give back.
     */
    static Auditrecord volgend(Anker vorige, Auditregel regel) {
        long volgnummer = vorige.volgnummer() + 1;
        Instant tijd = regel.tijd().truncatedTo(ChronoUnit.MILLIS);
        String actor = Velden.passend(regel.actor(), Velden.ACTOR);
        String actie = Velden.passend(regel.actie(), Velden.ACTIE);
        String object = Velden.passend(regel.object(), Velden.OBJECT);
        String herkomst = Velden.passend(regel.herkomst(), Velden.HERKOMST);
        String hash = Ketenhash.bereken(vorige.hash(), volgnummer, tijd, actor, actie, object, regel.resultaat(), herkomst);
        return new Auditrecord(volgnummer, tijd, actor, actie, object, regel.resultaat(), herkomst, vorige.hash(), hash);
    }

    Anker alsAnker() {
        return new Anker(volgnummer, hash);
    }
}
