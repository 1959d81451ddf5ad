package nl.samenspel.audit.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.samenspel.audit.internal.Anker;
import nl.samenspel.audit.internal.Auditrecord;
import nl.samenspel.audit.internal.Controleuitkomst;

/** The JSON shapes of the audit endpoints. */
final class Dto {

    private Dto() {
    }

    record Regel(long volgnummer, Instant tijd, String actor, String actie, String object, int resultaat, String herkomst,
                 String hash) {
        static Regel van(Auditrecord r) {
            return new Regel(r.volgnummer(), r.tijd(), r.actor(), r.actie(), r.object(), r.resultaat(), r.herkomst(), r.hash());
        }
    }

    /** Where the check started: volgnummer 0 and 64 zeros when no record was ever removed. */
    record AnkerDto(long volgnummer, String hash) {
        static AnkerDto van(Anker a) {
            return new AnkerDto(a.volgnummer(), a.hash());
        }
    }

    record Fout(long volgnummer, String reden, String toelichting) {
    }

    /** The outcome of the check; {@code eersteFout} is left out when the chain is intact. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Controle(boolean intact, long gecontroleerd, AnkerDto anker, Fout eersteFout) {
        static Controle van(Controleuitkomst u) {
            Controleuitkomst.Ketenfout f = u.eersteFout();
            return new Controle(u.intact(), u.gecontroleerd(), AnkerDto.van(u.anker()),
                    f == null ? null : new Fout(f.volgnummer(), f.reden().name(), f.toelichting()));
        }
    }
}
