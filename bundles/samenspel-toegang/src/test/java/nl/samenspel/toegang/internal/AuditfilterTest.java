package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit record's object: the platform's identifiers, never what a caller typed into a path. */
class AuditfilterTest {

    @Test
    void identifiersAreWrittenSortedByName() {
        assertThat(Auditfilter.object(Map.of("id", List.of("12"), "code", List.of("0166")))).isEqualTo("code=0166 id=12");
        assertThat(Auditfilter.object(Map.of("soort", List.of("start-zorg")))).isEqualTo("soort=start-zorg");
    }

    @Test
    void aBsnOrFreeTextInAPathIsLeftOut() {
        assertThat(Auditfilter.object(Map.of("id", List.of("123456782")))).isEqualTo("id=" + Auditfilter.WEGGELATEN);
        assertThat(Auditfilter.object(Map.of("run", List.of("Jan Jansen")))).isEqualTo("run=" + Auditfilter.WEGGELATEN);
        assertThat(Auditfilter.object(Map.of("code", List.of("x".repeat(41))))).isEqualTo("code=" + Auditfilter.WEGGELATEN);
    }
}
