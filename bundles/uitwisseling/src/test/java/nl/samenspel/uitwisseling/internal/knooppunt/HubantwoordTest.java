package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers of the hub end a batch (receipt or refusal) and which are tried again. */
class HubantwoordTest {

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 201, 204})
    void aReceipt(int status) {
        assertThat(new Hubverbinding.Antwoord(status, "").gelukt()).isTrue();
        assertThat(new Hubverbinding.Antwoord(status, "").geweigerd()).isFalse();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 409, 413, 422})
    void theHubJudgedTheBatchAndSendingItAgainGivesTheSame(int status) {
        assertThat(new Hubverbinding.Antwoord(status, "").geweigerd()).isTrue();
        assertThat(new Hubverbinding.Antwoord(status, "").gelukt()).isFalse();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 401, 403, 404, 408, 429, 500, 502, 503, 504})
    void aboutTimingTheHubOrConfigurationAndTriedAgain(int status) {
        assertThat(new Hubverbinding.Antwoord(status, "").geweigerd()).isFalse();
        assertThat(new Hubverbinding.Antwoord(status, "").gelukt()).isFalse();
    }
}
