package nl.samenspel.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.audit.internal.Controleuitkomst.Reden;
import org.junit.jupiter.api.Test;

/** The check on records in memory: every way a chain can be damaged, one at a time. */
class AuditcontroleTest {

    private static final Instant T = Instant.parse("2025-01-15T09:00:00Z");

    private static List<Auditrecord> keten(Anker begin, int aantal) {
        List<Auditrecord> records = new ArrayList<>();
        Anker vorige = begin;
        for (int i = 0; i < aantal; i++) {
            Auditrecord r = Auditrecord.volgend(vorige, new Auditregel("beheer", "POST /x", "id=" + i, 200, "10.0.0.1", T.plusSeconds(i)));
            records.add(r);
            vorige = r.alsAnker();
        }
        return records;
    }

    private static Controleuitkomst controleer(Anker anker, List<Auditrecord> records, Anker laatstGeschreven) {
        Auditcontrole controle = new Auditcontrole(anker);
        records.forEach(controle::controleer);
        return controle.uitkomst(laatstGeschreven);
    }

    private static Anker laatste(List<Auditrecord> records) {
        return records.get(records.size() - 1).alsAnker();
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<Auditrecord> records = keten(Anker.BEGIN, 20);

        Controleuitkomst u = controleer(Anker.BEGIN, records, laatste(records));

        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(20);
        assertThat(u.eersteFout()).isNull();
        assertThat(u.anker()).isEqualTo(Anker.BEGIN);
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(controleer(Anker.BEGIN, List.of(), Anker.BEGIN).intact()).isTrue();
    }

    @Test
    void aChangedFieldNamesThatRecord() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        Auditrecord r = records.get(4);
        records.set(4, new Auditrecord(r.volgnummer(), r.tijd(), "iemand-anders", r.actie(), r.object(), r.resultaat(),
                r.herkomst(), r.vorigeHash(), r.hash()));

        Controleuitkomst u = controleer(Anker.BEGIN, records, laatste(records));

        assertThat(u.intact()).isFalse();
        assertThat(u.eersteFout().volgnummer()).isEqualTo(5);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.INHOUD_GEWIJZIGD);
        assertThat(u.gecontroleerd()).isEqualTo(10);
    }

    @Test
    void aChangedFieldWithItsHashRecomputedBreaksTheLinkToTheNextRecord() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        Auditrecord r = records.get(4);
        String nieuweHash = Ketenhash.bereken(r.vorigeHash(), r.volgnummer(), r.tijd(), r.actor(), r.actie(), r.object(), 500, r.herkomst());
        records.set(4, new Auditrecord(r.volgnummer(), r.tijd(), r.actor(), r.actie(), r.object(), 500, r.herkomst(), r.vorigeHash(),
                nieuweHash));

        Controleuitkomst u = controleer(Anker.BEGIN, records, laatste(records));

        assertThat(u.eersteFout().volgnummer()).isEqualTo(6);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.KETEN_VERBROKEN);
    }

    @Test
    void aRemovedRecordNamesTheOneAfterIt() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        records.remove(4);

        Controleuitkomst u = controleer(Anker.BEGIN, records, laatste(records));

        assertThat(u.eersteFout().volgnummer()).isEqualTo(6);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.GAT_IN_VOLGNUMMERS);
        assertThat(u.eersteFout().toelichting()).contains("5", "6");
    }

    @Test
    void aRemovedRecordWhoseSuccessorsWereRenumberedStillBreaksTheChain() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        records.remove(4);
        List<Auditrecord> hernummerd = new ArrayList<>();
        for (Auditrecord r : records) {
            long nr = r.volgnummer() > 5 ? r.volgnummer() - 1 : r.volgnummer();
            hernummerd.add(new Auditrecord(nr, r.tijd(), r.actor(), r.actie(), r.object(), r.resultaat(), r.herkomst(), r.vorigeHash(),
                    r.hash()));
        }

        Controleuitkomst u = controleer(Anker.BEGIN, hernummerd, new Anker(9, hernummerd.get(8).hash()));

        assertThat(u.eersteFout().volgnummer()).isEqualTo(5);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.KETEN_VERBROKEN);
    }

    @Test
    void removedRecordsAtTheEndAreFoundAgainstTheLastOneWritten() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        Anker laatstGeschreven = laatste(records);

        Controleuitkomst u = controleer(Anker.BEGIN, records.subList(0, 8), laatstGeschreven);

        assertThat(u.eersteFout().volgnummer()).isEqualTo(9);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.EINDE_ONTBREEKT);
    }

    @Test
    void removedRecordsAtTheStartAreFound() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);

        Controleuitkomst u = controleer(Anker.BEGIN, records.subList(3, 10), laatste(records));

        assertThat(u.eersteFout().volgnummer()).isEqualTo(4);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.GAT_IN_VOLGNUMMERS);
    }

    @Test
    void aChainStartsAtItsAnchorAfterRetention() {
        List<Auditrecord> records = keten(Anker.BEGIN, 10);
        Anker anker = records.get(5).alsAnker();

        Controleuitkomst u = controleer(anker, records.subList(6, 10), laatste(records));

        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(4);
        assertThat(u.anker()).isEqualTo(anker);
    }
}
