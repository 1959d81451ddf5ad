package nl.samenspel.register.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Regio;

/** The JSON shapes of the register endpoints. */
final class Dto {

    private Dto() {
    }

    record RegioDto(String id, String naam, String domein, String penvoerder) {
        static RegioDto van(Regio r) {
            return new RegioDto(r.id(), r.naam(), r.domein().code(), r.penvoerder());
        }
    }

    record LidmaatschapDto(String regio, String gemeente, String naam, LocalDate van, LocalDate tot) {
    }

    record RegioDetail(String id, String naam, String domein, String penvoerder, List<LidmaatschapDto> lidmaatschappen) {
    }

    record Leden(String regio, LocalDate peildatum, int aantal, List<Gemeente> leden) {
    }

    record GemeenteDetail(String code, String naam, String oin, List<LidmaatschapDto> lidmaatschappen,
                          Map<Integer, Map<String, Long>> kerncijfers) {
    }

    record GemeenteRegios(String gemeente, LocalDate peildatum, List<RegioDto> regios) {
    }

    record Weigering(Instant tijdstip, List<String> fouten) {
    }

    /** The outcome of a region check that found nothing wrong. */
    record Controle(boolean geldig, String registerVersie) {
    }

    record Status(String bron, boolean actueel, String versie, Instant actiefSinds, Integer gemeenten, Integer regios,
                  Weigering laatsteWeigering) {
    }
}
