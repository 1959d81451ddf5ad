package nl.samenspel.node.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class KnooppuntComponentTest {

    private static KnooppuntConfig config(String gemeente, String hubUrl) {
        return new KnooppuntConfig() {
            @Override
            public String gemeente() {
                return gemeente;
            }

            @Override
            public String hubUrl() {
                return hubUrl;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return KnooppuntConfig.class;
            }
        };
    }

    @Test
    void validConfiguration() {
        KnooppuntComponent k = new KnooppuntComponent(config("0150", " https://hub.example:8443 "));
        assertThat(k.gemeente()).isEqualTo("0150");
        assertThat(k.hubUrl().getPort()).isEqualTo(8443);
    }

    @Test
    void badGemeenteIsRefusedNamingThePid() {
        assertThatThrownBy(() -> new KnooppuntComponent(config("150", "http://localhost:8181")))
                .hasMessageContaining("nl.samenspel.node").hasMessageContaining("'150'");
    }

    @Test
    void hubUrlNeedsHttpAndAHost() {
        assertThatThrownBy(() -> new KnooppuntComponent(config("0150", "localhost:8181"))).hasMessageContaining("hubUrl");
        assertThatThrownBy(() -> new KnooppuntComponent(config("0150", "ftp://hub"))).hasMessageContaining("hubUrl");
        assertThatThrownBy(() -> new KnooppuntComponent(config("0150", null))).hasMessageContaining("hubUrl");
    }
}
