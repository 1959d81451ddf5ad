package nl.samenspel.node.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class KnooppuntComponentTest {

    /** The configuration a test gives: a record whose accessors implement the annotation's elements. */
    private record Config(String gemeente, String hubUrl) implements KnooppuntConfig {
        @Override
        public Class<? extends Annotation> annotationType() {
            return KnooppuntConfig.class;
        }
    }

    @Test
    void validConfiguration() {
        KnooppuntComponent k = new KnooppuntComponent(new Config("0150", " https://hub.example:8443 "));
        assertThat(k.gemeente()).isEqualTo("0150");
        assertThat(k.hubUrl().getPort()).isEqualTo(8443);
    }

    @Test
    void badGemeenteIsRefusedNamingThePid() {
        assertThatThrownBy(() -> new KnooppuntComponent(new Config("150", "http://localhost:8181")))
                .hasMessageContaining("nl.samenspel.node").hasMessageContaining("'150'");
    }

    @Test
    void hubUrlNeedsHttpAndAHost() {
        assertThatThrownBy(() -> new KnooppuntComponent(new Config("0150", "localhost:8181"))).hasMessageContaining("hubUrl");
        assertThatThrownBy(() -> new KnooppuntComponent(new Config("0150", "ftp://hub"))).hasMessageContaining("hubUrl");
        assertThatThrownBy(() -> new KnooppuntComponent(new Config("0150", null))).hasMessageContaining("hubUrl");
    }
}
